using System.Data.Common;
using KitaBot.Storage.Model;
using KitaBot.Storage.Sql;

namespace KitaBot.Storage.Portal;

/// <summary>Appends to the audit log inside the caller's transaction. Callers pass codes and statuses, never personal data.</summary>
internal static class AuditWriter
{
    public static async Task WriteAsync(
        PortalDatabase database,
        DbConnection connection,
        DbTransaction transaction,
        Actor by,
        string action,
        string entityKind,
        Guid entityId,
        string? detail,
        CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO audit_log (at, actor_kind, actor_id, action, entity_kind, entity_id, detail)
            VALUES (@at, @actor_kind, @actor_id, @action, @entity_kind, @entity_id, @detail)
            """;
        database.AddInstant(command, "at", database.Time.GetUtcNow());
        command.AddParameter("actor_kind", StoredNames.Of(by.Kind));
        command.AddParameter("actor_id", by.Id);
        command.AddParameter("action", action);
        command.AddParameter("entity_kind", entityKind);
        command.AddParameter("entity_id", entityId);
        command.AddParameter("detail", detail);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
