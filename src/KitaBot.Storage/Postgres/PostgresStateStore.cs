using System.Threading.Channels;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Sql;
using KitaBot.Storage.State;
using Npgsql;
using NpgsqlTypes;

namespace KitaBot.Storage.Postgres;

/// <summary>
/// Conversation state in PostgreSQL, safe for several bot instances sharing the database: every write is a single
/// conditional statement (UPDATE ... WHERE etag, INSERT ... ON CONFLICT DO NOTHING), so the database decides races.
/// For throughput, the reads and the writes queued at the same moment travel together: reads as one
/// <c>key = ANY(@keys)</c> query, writes as one batch in one implicit transaction (group commit), each write still
/// answered with its own outcome, and only after the commit.
/// </summary>
public sealed class PostgresStateStore : IStateStore, IAsyncDisposable
{
    private const int MaxBatchSize = 128;

    // Batches in flight per direction: while one waits for the server, the next one fills.
    private const int Pipelines = 2;

    private const string SelectSql = "SELECT key, value, etag FROM state_entries WHERE key = ANY(@keys)";
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
    private readonly Channel<PendingStateRead> _reads = Channel.CreateUnbounded<PendingStateRead>();
    private readonly Channel<PendingStateWrite> _writes = Channel.CreateUnbounded<PendingStateWrite>();
    private readonly RetryingInitializer<Task> _loops;

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
        _loops = new RetryingInitializer<Task>(StartAsync);
    }

    /// <inheritdoc />
    public async Task<StateEntry?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        RequireStorableKey(key);
        await _loops.EnsureAsync().ConfigureAwait(false);
        var read = new PendingStateRead(key, cancellationToken);
        ObjectDisposedException.ThrowIf(!_reads.Writer.TryWrite(read), this);
        return await read.Completion.Task.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<string?> WriteAsync(string key, ReadOnlyMemory<byte> value, WriteCondition condition, CancellationToken cancellationToken)
    {
        var kind = condition.MustBeAbsent ? StateWriteKind.InsertIfAbsent
            : condition.ETag is null ? StateWriteKind.Upsert
            : StateWriteKind.UpdateIfMatch;
        return WriteAsync(new PendingStateWrite(kind, key, value.ToArray(), condition.ETag, cancellationToken));
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string key, string? eTag, CancellationToken cancellationToken)
    {
        var conditional = eTag is not null and not "*";
        var kind = conditional ? StateWriteKind.DeleteIfMatch : StateWriteKind.Delete;
        return await EnqueueAsync(new PendingStateWrite(kind, key, null, conditional ? eTag : null, cancellationToken)).ConfigureAwait(false) is { Applied: true };
    }

    /// <summary>Lets queued operations finish, then disposes the data source when the store created it.</summary>
    public async ValueTask DisposeAsync()
    {
        _reads.Writer.TryComplete();
        _writes.Writer.TryComplete();
        if (_loops.HasSucceeded)
        {
            await (await _loops.EnsureAsync().ConfigureAwait(false)).ConfigureAwait(false);
        }

        if (_ownsDataSource)
        {
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static void RequireStorableKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);

        // PostgreSQL text cannot hold NUL; refusing it here keeps one bad key from failing a whole batch.
        if (key.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("State keys cannot contain NUL characters.", nameof(key));
        }
    }

    private static string SqlFor(StateWriteKind kind) => kind switch
    {
        StateWriteKind.UpdateIfMatch => UpdateSql,
        StateWriteKind.InsertIfAbsent => InsertSql,
        StateWriteKind.Upsert => UpsertSql,
        StateWriteKind.Delete => DeleteSql,
        StateWriteKind.DeleteIfMatch => DeleteIfMatchSql,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown state write."),
    };

    private async Task<string?> WriteAsync(PendingStateWrite write) => (await EnqueueAsync(write).ConfigureAwait(false)).ETag;

    private async Task<StateWriteResult> EnqueueAsync(PendingStateWrite write)
    {
        RequireStorableKey(write.Key);
        await _loops.EnsureAsync().ConfigureAwait(false);
        ObjectDisposedException.ThrowIf(!_writes.Writer.TryWrite(write), this);
        return await write.Completion.Task.ConfigureAwait(false);
    }

    private async Task<Task> StartAsync()
    {
        await PostgresDatabase.MigrateAsync(_dataSource, PostgresStateMigrations.Component, PostgresStateMigrations.All, _time, CancellationToken.None)
            .ConfigureAwait(false);
        var loops = Enumerable.Range(0, Pipelines).SelectMany(_ => new[] { Task.Run(ReadLoopAsync), Task.Run(WriteLoopAsync) });
        return Task.WhenAll(loops.ToList());
    }

    private async Task ReadLoopAsync()
    {
        var batch = new List<PendingStateRead>(MaxBatchSize);
        while (await _reads.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatchSize && _reads.Reader.TryRead(out var read))
            {
                if (read.CancellationToken.IsCancellationRequested)
                {
                    read.Completion.TrySetCanceled(read.CancellationToken);
                    continue;
                }

                batch.Add(read);
            }

            if (batch.Count > 0)
            {
                await LookUpAsync(batch).ConfigureAwait(false);
                batch.Clear();
            }
        }
    }

    private async Task LookUpAsync(List<PendingStateRead> batch)
    {
        try
        {
            using var command = _dataSource.CreateCommand(SelectSql);
            command.Parameters.Add(new NpgsqlParameter<string[]>("keys", batch.Select(r => r.Key).Distinct(StringComparer.Ordinal).ToArray()));
            var found = new Dictionary<string, StateEntry>(StringComparer.Ordinal);
            var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync().ConfigureAwait(false))
                {
                    found[reader.GetString(0)] = new StateEntry(reader.GetFieldValue<byte[]>(1), reader.GetString(2));
                }
            }

            foreach (var read in batch)
            {
                read.Completion.TrySetResult(found.GetValueOrDefault(read.Key));
            }
        }
        catch (Exception exception)
        {
            // Any failure must reach the turns waiting on this batch; the loop itself keeps running.
            batch.ForEach(read => read.Completion.TrySetException(exception));
        }
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingStateWrite>(MaxBatchSize);
        while (await _writes.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatchSize && _writes.Reader.TryRead(out var write))
            {
                if (write.CancellationToken.IsCancellationRequested)
                {
                    write.Completion.TrySetCanceled(write.CancellationToken);
                    continue;
                }

                batch.Add(write);
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch).ConfigureAwait(false);
                batch.Clear();
            }
        }
    }

    private async Task CommitAsync(List<PendingStateWrite> batch)
    {
        // Ascending key order (stable, so writes to one key keep their order): concurrent batches, also those of
        // other bot instances, lock rows in the same order and cannot deadlock.
        var ordered = batch.OrderBy(write => write.Key, StringComparer.Ordinal).ToList();
        var eTags = ordered.Select(write => write.Value is null ? null : ETags.New()).ToList();
        try
        {
            var commands = _dataSource.CreateBatch();
            await using (commands.ConfigureAwait(false))
            {
                var now = _time.GetUtcNow();
                for (var i = 0; i < ordered.Count; i++)
                {
                    commands.BatchCommands.Add(CreateCommand(ordered[i], eTags[i], now));
                }

                await commands.ExecuteNonQueryAsync().ConfigureAwait(false);
                for (var i = 0; i < ordered.Count; i++)
                {
                    var applied = commands.BatchCommands[i].RecordsAffected == 1;
                    ordered[i].Completion.TrySetResult(new StateWriteResult(applied, applied ? eTags[i] : null));
                }
            }
        }
        catch (Exception exception)
        {
            // The batch is one transaction: nothing of it was stored, and every waiting turn learns so.
            ordered.ForEach(write => write.Completion.TrySetException(exception));
        }
    }

    private static NpgsqlBatchCommand CreateCommand(PendingStateWrite write, string? eTag, DateTimeOffset now)
    {
        var command = new NpgsqlBatchCommand(SqlFor(write.Kind));
        command.Parameters.Add(new NpgsqlParameter<string>("key", write.Key));
        if (write.Value is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<byte[]>("value", NpgsqlDbType.Bytea) { TypedValue = write.Value });
            command.Parameters.Add(new NpgsqlParameter<string>("etag", eTag!));
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        }

        if (write.ExpectedETag is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string>("expected", write.ExpectedETag));
        }

        return command;
    }
}
