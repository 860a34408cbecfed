using System.Text.Json;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Model;
using KitaBot.Storage.Sql;

namespace KitaBot.Storage.Portal;

/// <summary>
/// <see cref="IOutbox"/> over the portal database. Claiming is one UPDATE over the due rows, which SQLite runs
/// atomically and PostgreSQL with <c>FOR UPDATE SKIP LOCKED</c>, so concurrent senders never get the same row.
/// </summary>
internal sealed class SqlOutbox(PortalDatabase database) : IOutbox
{
    /// <summary>After this many attempts a message is parked as failed for staff to look at.</summary>
    public const int MaxAttempts = 10;

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromHours(1);

    public async Task<Guid> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await OutboxWriter.EnqueueAsync(database, connection, null, message, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<ClaimedOutboxMessage>> ClaimDueAsync(int maxMessages, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var now = database.Time.GetUtcNow();
        var leaseToken = Guid.NewGuid();
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                UPDATE outbox SET lease_token = @lease_token, lease_until = @lease_until, attempts = attempts + 1
                WHERE id IN (
                    SELECT id FROM outbox
                    WHERE state = 'pending' AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
                    ORDER BY next_attempt_at, id
                    LIMIT @max{database.SkipLockedClause})
                RETURNING id, recipient, language_tag, payload, attempts
                """;
            command.AddParameter("lease_token", leaseToken);
            database.AddInstant(command, "lease_until", now + lease);
            database.AddInstant(command, "now", now);
            command.AddParameter("max", maxMessages);
            var claimed = new List<ClaimedOutboxMessage>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var payload = JsonSerializer.Deserialize(reader.GetString(3), StorageJsonContext.Default.OutboxPayload)
                        ?? throw new InvalidDataException("An outbox row has an empty payload.");
                    claimed.Add(new ClaimedOutboxMessage(
                        reader.GetGuid(0), leaseToken, new OutboxMessage(reader.GetString(1), reader.GetString(2), payload), reader.GetInt32(4)));
                }
            }

            return claimed;
        }
    }

    public async Task<bool> MarkSentAsync(Guid messageId, Guid leaseToken, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE outbox SET state = 'sent', sent_at = @now, payload = NULL, lease_token = NULL, lease_until = NULL, last_error = NULL
                WHERE id = @id AND lease_token = @lease_token AND state = 'pending'
                """;
            command.AddParameter("id", messageId);
            command.AddParameter("lease_token", leaseToken);
            database.AddInstant(command, "now", database.Time.GetUtcNow());
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }
    }

    public async Task<bool> MarkFailedAsync(Guid messageId, Guid leaseToken, string reason, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            int attempts;
            using (var select = connection.CreateCommand())
            {
                select.CommandText = "SELECT attempts FROM outbox WHERE id = @id AND lease_token = @lease_token AND state = 'pending'";
                select.AddParameter("id", messageId);
                select.AddParameter("lease_token", leaseToken);
                var result = await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                if (result is null or DBNull)
                {
                    return false;
                }

                attempts = Convert.ToInt32(result, System.Globalization.CultureInfo.InvariantCulture);
            }

            var delay = retryAfter ?? Backoff(attempts);
            using var update = connection.CreateCommand();
            update.CommandText = """
                UPDATE outbox SET state = @state, next_attempt_at = @next_attempt_at, lease_token = NULL, lease_until = NULL, last_error = @reason
                WHERE id = @id AND lease_token = @lease_token AND state = 'pending'
                """;
            update.AddParameter("state", attempts >= MaxAttempts ? "failed" : "pending");
            database.AddInstant(update, "next_attempt_at", database.Time.GetUtcNow() + delay);
            update.AddParameter("reason", reason);
            update.AddParameter("id", messageId);
            update.AddParameter("lease_token", leaseToken);
            return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }
    }

    /// <summary>30 s, 1 min, 2 min, ... capped at one hour.</summary>
    private static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromTicks(Math.Min(LongestRetry.Ticks, FirstRetry.Ticks << Math.Min(attempts - 1, 20)));
}
