using KitaBot.Storage.Abstractions;
using Npgsql;
using NpgsqlTypes;

namespace KitaBot.Storage.Postgres;

/// <summary>
/// The Direct Line transcript in PostgreSQL, for several KitaBot instances sharing one database. The conditional
/// sequence claim makes concurrent appends from different instances safe: exactly one wins, the other retries.
/// </summary>
public sealed class PostgresConversationLog : IConversationLog, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS directline_conversations (
            id text NOT NULL PRIMARY KEY,
            user_id text NOT NULL,
            created_at timestamptz NOT NULL,
            next_sequence bigint NOT NULL);
        CREATE TABLE IF NOT EXISTS directline_activities (
            conversation_id text NOT NULL REFERENCES directline_conversations (id) ON DELETE CASCADE,
            sequence bigint NOT NULL,
            json bytea NOT NULL,
            PRIMARY KEY (conversation_id, sequence));
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly Lazy<Task> _schema;

    /// <param name="connectionString">An Npgsql connection string; the log owns its pooled data source.</param>
    public PostgresConversationLog(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _schema = new Lazy<Task>(CreateSchemaAsync);
    }

    public void Dispose() => _dataSource.Dispose();

    public async Task<bool> CreateAsync(LoggedConversation conversation, CancellationToken cancellationToken)
    {
        await _schema.Value.ConfigureAwait(false);
        using var command = _dataSource.CreateCommand("""
            INSERT INTO directline_conversations (id, user_id, created_at, next_sequence)
            VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = conversation.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = conversation.UserId });
        command.Parameters.Add(new NpgsqlParameter { Value = conversation.CreatedAt.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = conversation.NextSequence });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<LoggedConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await _schema.Value.ConfigureAwait(false);
        using var command = _dataSource.CreateCommand(
            "SELECT user_id, created_at, next_sequence FROM directline_conversations WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = conversationId });
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new LoggedConversation(
            conversationId, reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetInt64(2));
    }

    public async Task<bool> AppendAsync(
        string conversationId, long firstSequence, IReadOnlyList<ReadOnlyMemory<byte>> activities, CancellationToken cancellationToken)
    {
        if (activities.Count == 0)
        {
            return true;
        }

        await _schema.Value.ConfigureAwait(false);
        using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        using (var claim = new NpgsqlCommand(
            "UPDATE directline_conversations SET next_sequence = $3 WHERE id = $1 AND next_sequence = $2", connection, transaction))
        {
            claim.Parameters.Add(new NpgsqlParameter { Value = conversationId });
            claim.Parameters.Add(new NpgsqlParameter { Value = firstSequence });
            claim.Parameters.Add(new NpgsqlParameter { Value = firstSequence + activities.Count });
            if (await claim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                return false;
            }
        }

        using (var batch = new NpgsqlBatch(connection, transaction))
        {
            for (var i = 0; i < activities.Count; i++)
            {
                var insert = new NpgsqlBatchCommand(
                    "INSERT INTO directline_activities (conversation_id, sequence, json) VALUES ($1, $2, $3)");
                insert.Parameters.Add(new NpgsqlParameter { Value = conversationId });
                insert.Parameters.Add(new NpgsqlParameter { Value = firstSequence + i });
                insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bytea, Value = activities[i].ToArray() });
                batch.BatchCommands.Add(insert);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<IReadOnlyList<LoggedActivity>> ReadAsync(
        string conversationId, long fromSequence, int maxCount, CancellationToken cancellationToken)
    {
        await _schema.Value.ConfigureAwait(false);
        using var command = _dataSource.CreateCommand("""
            SELECT sequence, json FROM directline_activities
            WHERE conversation_id = $1 AND sequence >= $2
            ORDER BY sequence LIMIT $3
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = conversationId });
        command.Parameters.Add(new NpgsqlParameter { Value = fromSequence });
        command.Parameters.Add(new NpgsqlParameter { Value = (long)maxCount });
        var activities = new List<LoggedActivity>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            activities.Add(new LoggedActivity(reader.GetInt64(0), reader.GetFieldValue<byte[]>(1)));
        }

        return activities;
    }

    private async Task CreateSchemaAsync()
    {
        // Several instances may start at once; the advisory lock keeps their CREATE TABLE statements apart.
        using var connection = await _dataSource.OpenConnectionAsync().ConfigureAwait(false);
        using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        using (var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(4242001)", connection, transaction))
        {
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        using (var command = new NpgsqlCommand(Schema, connection, transaction))
        {
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await transaction.CommitAsync().ConfigureAwait(false);
    }
}
