using System.Data.Common;

namespace KitaBot.Storage.Sql;

/// <summary>Parameter helpers for provider-neutral ADO.NET code; values always travel as parameters, never as SQL text.</summary>
internal static class DbCommandExtensions
{
    public static DbParameter AddParameter<T>(this DbCommand command, string name, T? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value is null ? DBNull.Value : value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateOnly? GetNullableDate(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

    public static Guid? GetNullableGuid(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);
}
