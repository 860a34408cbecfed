using System.Globalization;
using KitaBot.Storage.Abstractions;
using Microsoft.Data.Sqlite;

namespace KitaBot.Storage.Sqlite;

/// <summary>
/// The Direct Line transcript in an embedded SQLite file (the default). Tables are created on first use; every
/// statement is parameterised. WAL mode lets readers (polling clients) proceed while a turn appends.
/// </summary>
public sealed class SqliteConversationLog : IConversationLog
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS directline_conversations (
            id TEXT NOT NULL PRIMARY KEY,
            user_id TEXT NOT NULL,
            created_at TEXT NOT NULL,
            next_sequence INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS directline_activities (
            conversation_id TEXT NOT NULL REFERENCES directline_conversations (id) ON DELETE CASCADE,
            sequence INTEGER NOT NULL,
            json BLOB NOT NULL,
            PRIMARY KEY (conversation_id, sequence));
        """;

    private readonly string _connectionString;
    private readonly Lazy<Task> _schema;

    /// <param name="databasePath">The database file; its folder is created when missing.</param>
    public SqliteConversationLog(string databasePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _schema = new Lazy<Task>(CreateSchemaAsync);
    }

    public async Task<bool> CreateAsync(LoggedConversation conversation, CancellationToken cancellationToken)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO directline_conversations (id, user_id, created_at, next_sequence)
            VALUES ($id, $user, $created, $next) ON CONFLICT (id) DO NOTHING
            """;
        command.Parameters.AddWithValue("$id", conversation.Id);
        command.Parameters.AddWithValue("$user", conversation.UserId);
        command.Parameters.AddWithValue("$created", conversation.CreatedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$next", conversation.NextSequence);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<LoggedConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT user_id, created_at, next_sequence FROM directline_conversations WHERE id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var createdAt = DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        return new LoggedConversation(conversationId, reader.GetString(0), createdAt, reader.GetInt64(2));
    }

    public async Task<bool> AppendAsync(
        string conversationId, long firstSequence, IReadOnlyList<ReadOnlyMemory<byte>> activities, CancellationToken cancellationToken)
    {
        if (activities.Count == 0)
        {
            return true;
        }

        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        using (var claim = connection.CreateCommand())
        {
            claim.Transaction = transaction;
            claim.CommandText = """
                UPDATE directline_conversations SET next_sequence = $next
                WHERE id = $id AND next_sequence = $first
                """;
            claim.Parameters.AddWithValue("$id", conversationId);
            claim.Parameters.AddWithValue("$first", firstSequence);
            claim.Parameters.AddWithValue("$next", firstSequence + activities.Count);
            if (await claim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                return false;
            }
        }

        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO directline_activities (conversation_id, sequence, json) VALUES ($id, $sequence, $json)";
            insert.Parameters.AddWithValue("$id", conversationId);
            var sequence = insert.Parameters.Add("$sequence", SqliteType.Integer);
            var json = insert.Parameters.Add("$json", SqliteType.Blob);
            for (var i = 0; i < activities.Count; i++)
            {
                sequence.Value = firstSequence + i;
                json.Value = activities[i].ToArray();
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<IReadOnlyList<LoggedActivity>> ReadAsync(
        string conversationId, long fromSequence, int maxCount, CancellationToken cancellationToken)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT sequence, json FROM directline_activities
            WHERE conversation_id = $id AND sequence >= $from
            ORDER BY sequence LIMIT $max
            """;
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$from", fromSequence);
        command.Parameters.AddWithValue("$max", maxCount);
        var activities = new List<LoggedActivity>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            activities.Add(new LoggedActivity(reader.GetInt64(0), (byte[])reader.GetValue(1)));
        }

        return activities;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _schema.Value.ConfigureAwait(false);
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private async Task CreateSchemaAsync()
    {
        using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = Schema;
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
