using System.Data.Common;
using KitaBot.Storage.Model;

namespace KitaBot.Storage.Sql;

/// <summary>Reads families and children.</summary>
internal static class FamilyRows
{
    public const string FamilyColumns =
        "id, name, email, phone, street, house_number, postcode, town_id, ortsteil, language_tag, created_at, updated_at";

    public static async Task<Family?> ReadFamilyAsync(
        PortalDatabase database, DbConnection connection, DbTransaction? transaction, string where, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {FamilyColumns} FROM families WHERE {where}";
        bind(command);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            return new Family(
                reader.GetGuid(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                new PostalAddress(reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetNullableString(8)),
                reader.GetString(9),
                database.ReadInstant(reader, 10),
                database.ReadInstant(reader, 11));
        }
    }

    public static async Task<IReadOnlyList<Child>> ReadChildrenAsync(DbConnection connection, Guid familyId, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, family_id, first_name, last_name, birth_date, birth_is_due_date, siblings_note
            FROM children WHERE family_id = @family_id ORDER BY created_at, position, id
            """;
        command.AddParameter("family_id", familyId);
        var children = new List<Child>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                children.Add(new Child(
                    reader.GetGuid(0),
                    reader.GetGuid(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    new ChildBirthDate(reader.GetFieldValue<DateOnly>(4), reader.GetBoolean(5)),
                    reader.GetNullableString(6)));
            }
        }

        return children;
    }
}
