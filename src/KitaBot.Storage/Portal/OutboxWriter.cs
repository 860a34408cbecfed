using System.Data.Common;
using System.Text.Json;
using KitaBot.Storage.Model;
using KitaBot.Storage.Sql;

namespace KitaBot.Storage.Portal;

/// <summary>Inserts an outbox message, inside the caller's transaction when there is one, so the effect commits with the change.</summary>
internal static class OutboxWriter
{
    public static async Task<Guid> EnqueueAsync(
        PortalDatabase database, DbConnection connection, DbTransaction? transaction, OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Recipient);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.LanguageTag);
        var now = database.Time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO outbox (id, kind, recipient, recipient_folded, language_tag, payload, state, attempts, next_attempt_at, created_at)
            VALUES (@id, @kind, @recipient, @recipient_folded, @language_tag, @payload, 'pending', 0, @now, @now)
            """;
        command.AddParameter("id", id);
        command.AddParameter("kind", StoredNames.Of(message.Payload.Kind));
        command.AddParameter("recipient", message.Recipient);
        command.AddParameter("recipient_folded", TextFolding.Fold(message.Recipient));
        command.AddParameter("language_tag", message.LanguageTag);
        command.AddParameter("payload", JsonSerializer.Serialize(message.Payload, StorageJsonContext.Default.OutboxPayload));
        database.AddInstant(command, "now", now);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }
}
