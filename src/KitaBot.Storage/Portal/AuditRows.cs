using System.Data.Common;
using KitaBot.Storage.Model;
using KitaBot.Storage.Sql;

namespace KitaBot.Storage.Portal;

/// <summary>Reads audit entries; the filter is a SQL fragment over <c>audit_log</c> with parameters.</summary>
internal static class AuditRows
{
    public static async Task<IReadOnlyList<AuditEntry>> ReadAsync(
        PortalDatabase database, DbConnection connection, string filter, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT at, actor_kind, actor_id, action, entity_kind, entity_id, detail FROM audit_log WHERE {filter} ORDER BY seq";
        bind(command);
        var entries = new List<AuditEntry>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                entries.Add(new AuditEntry(
                    database.ReadInstant(reader, 0),
                    new Actor(StoredNames.Parse<ActorKind>(reader.GetString(1)), reader.GetString(2)),
                    reader.GetString(3),
                    reader.GetString(4),
                    reader.GetGuid(5),
                    reader.GetNullableString(6)));
            }
        }

        return entries;
    }
}
