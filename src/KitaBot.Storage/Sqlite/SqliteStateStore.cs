using System.Collections.Concurrent;
using System.Threading.Channels;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Configuration;
using KitaBot.Storage.Sql;
using KitaBot.Storage.State;

namespace KitaBot.Storage.Sqlite;

/// <summary>
/// Conversation state in one SQLite file (WAL). Reads run in parallel on pooled connections with a prepared
/// statement; writes go through a single writer that commits whatever is queued in one transaction (group commit),
/// so a burst of turns costs one commit, and each write returns only after its commit.
/// </summary>
public sealed class SqliteStateStore : IStateStore, IAsyncDisposable
{
    private const int MaxBatchSize = 256;

    private readonly SqliteDatabaseFile _file;
    private readonly TimeProvider _time;
    private readonly Channel<PendingStateWrite> _queue =
        Channel.CreateUnbounded<PendingStateWrite>(new UnboundedChannelOptions { SingleReader = true });

    private readonly ConcurrentBag<SqliteStateReader> _readers = [];
    private readonly RetryingInitializer<Task> _writerLoop;

    /// <summary>Creates the store; the file and its schema are created on first use.</summary>
    public SqliteStateStore(string path, SqliteDurability durability, TimeProvider time)
    {
        _file = new SqliteDatabaseFile(path, durability);
        _time = time;
        _writerLoop = new RetryingInitializer<Task>(StartWriterAsync);
    }

    /// <inheritdoc />
    public async Task<StateEntry?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await _writerLoop.EnsureAsync().ConfigureAwait(false);
        var reader = _readers.TryTake(out var pooled)
            ? pooled
            : new SqliteStateReader(await _file.OpenAsync(cancellationToken).ConfigureAwait(false));
        try
        {
            return reader.Read(key);
        }
        finally
        {
            _readers.Add(reader);
        }
    }

    /// <inheritdoc />
    public async Task<string?> WriteAsync(string key, ReadOnlyMemory<byte> value, WriteCondition condition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var kind = condition.MustBeAbsent ? StateWriteKind.InsertIfAbsent
            : condition.ETag is null ? StateWriteKind.Upsert
            : StateWriteKind.UpdateIfMatch;
        var result = await EnqueueAsync(new PendingStateWrite(kind, key, value.ToArray(), condition.ETag, cancellationToken)).ConfigureAwait(false);
        return result.ETag;
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string key, string? eTag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var kind = eTag is null or "*" ? StateWriteKind.Delete : StateWriteKind.DeleteIfMatch;
        var expected = kind == StateWriteKind.DeleteIfMatch ? eTag : null;
        var result = await EnqueueAsync(new PendingStateWrite(kind, key, null, expected, cancellationToken)).ConfigureAwait(false);
        return result.Applied;
    }

    /// <summary>Lets queued writes commit, then closes every connection.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_writerLoop.HasSucceeded)
        {
            await (await _writerLoop.EnsureAsync().ConfigureAwait(false)).ConfigureAwait(false);
        }

        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }

    private async Task<StateWriteResult> EnqueueAsync(PendingStateWrite write)
    {
        await _writerLoop.EnsureAsync().ConfigureAwait(false);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(write), this);

        return await write.Completion.Task.ConfigureAwait(false);
    }

    private async Task<Task> StartWriterAsync()
    {
        await _file.MigrateAsync(SqliteStateMigrations.Component, SqliteStateMigrations.All, _time, CancellationToken.None).ConfigureAwait(false);
        var writer = new SqliteStateWriter(await _file.OpenAsync(CancellationToken.None).ConfigureAwait(false), _time);
        return Task.Run(() => RunWriterAsync(writer));
    }

    private async Task RunWriterAsync(SqliteStateWriter writer)
    {
        using (writer)
        {
            var batch = new List<PendingStateWrite>(MaxBatchSize);
            while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (batch.Count < MaxBatchSize && _queue.Reader.TryRead(out var write))
                {
                    batch.Add(write);
                }

                writer.Commit(batch);
                batch.Clear();
            }
        }
    }
}
