using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Sql;
using Npgsql;
using NpgsqlTypes;

namespace KitaBot.Storage.Postgres;

/// <summary>
/// Conversation state in PostgreSQL, safe for several bot instances sharing the database: every write is a single
/// conditional statement (UPDATE ... WHERE etag, INSERT ... ON CONFLICT DO NOTHING), so the database decides races.
/// </summary>
public sealed class PostgresStateStore : IStateStore, IAsyncDisposable
{
    private const string SelectSql = "SELECT value, etag FROM state_entries WHERE key = @key";
    private const string UpdateSql = "UPDATE state_entries SET value = @value, etag = @etag, updated_at = @now WHERE key = @key AND etag = @expected";
    private const string InsertSql = "INSERT INTO state_entries (key, value, etag, updated_at) VALUES (@key, @value, @etag, @now) ON CONFLICT (key) DO NOTHING";
    private const string UpsertSql = """
        INSERT INTO state_entries (key, value, etag, updated_at) VALUES (@key, @value, @etag, @now)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at
        """;

    private const string DeleteSql = "DELETE FROM state_entries WHERE key = @key";
    private const string DeleteIfMatchSql = "DELETE FROM state_entries WHERE key = @key AND etag = @expected";

    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;
    private readonly TimeProvider _time;
    private readonly RetryingInitializer<bool> _migrated;

    /// <summary>Creates the store over its own data source built from <paramref name="connectionString"/>.</summary>
    public PostgresStateStore(string connectionString, TimeProvider time)
        : this(PostgresDatabase.CreateDataSource(connectionString), ownsDataSource: true, time)
    {
    }

    /// <summary>Creates the store over a shared data source (the caller disposes it).</summary>
    public PostgresStateStore(NpgsqlDataSource dataSource, TimeProvider time)
        : this(dataSource, ownsDataSource: false, time)
    {
    }

    private PostgresStateStore(NpgsqlDataSource dataSource, bool ownsDataSource, TimeProvider time)
    {
        _dataSource = dataSource;
        _ownsDataSource = ownsDataSource;
        _time = time;
        _migrated = new RetryingInitializer<bool>(async () =>
        {
            await PostgresDatabase.MigrateAsync(_dataSource, PostgresStateMigrations.Component, PostgresStateMigrations.All, _time, CancellationToken.None)
                .ConfigureAwait(false);
            return true;
        });
    }

    /// <inheritdoc />
    public async Task<StateEntry?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await _migrated.EnsureAsync().ConfigureAwait(false);
        using var command = _dataSource.CreateCommand(SelectSql);
        command.Parameters.Add(new NpgsqlParameter<string>("key", key));
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StateEntry(reader.GetFieldValue<byte[]>(0), reader.GetString(1))
            : null;
    }

    /// <inheritdoc />
    public async Task<string?> WriteAsync(string key, ReadOnlyMemory<byte> value, WriteCondition condition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await _migrated.EnsureAsync().ConfigureAwait(false);
        var sql = condition.MustBeAbsent ? InsertSql : condition.ETag is null ? UpsertSql : UpdateSql;
        var eTag = ETags.New();
        using var command = _dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string>("key", key));
        command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>>("value", NpgsqlDbType.Bytea) { TypedValue = value });
        command.Parameters.Add(new NpgsqlParameter<string>("etag", eTag));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", _time.GetUtcNow()));
        if (condition.ETag is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string>("expected", condition.ETag));
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1 ? eTag : null;
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string key, string? eTag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await _migrated.EnsureAsync().ConfigureAwait(false);
        var conditional = eTag is not null and not "*";
        using var command = _dataSource.CreateCommand(conditional ? DeleteIfMatchSql : DeleteSql);
        command.Parameters.Add(new NpgsqlParameter<string>("key", key));
        if (conditional)
        {
            command.Parameters.Add(new NpgsqlParameter<string>("expected", eTag!));
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Disposes the data source when the store created it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_ownsDataSource)
        {
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }
    }
}
