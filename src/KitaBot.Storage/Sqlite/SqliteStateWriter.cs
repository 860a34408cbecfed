using KitaBot.Storage.Sql;
using KitaBot.Storage.State;
using Microsoft.Data.Sqlite;

namespace KitaBot.Storage.Sqlite;

/// <summary>
/// The one connection that writes state. It applies a batch of queued writes in one transaction (group commit) with
/// prepared statements, then completes each write with its own outcome.
/// </summary>
internal sealed class SqliteStateWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _delete;
    private readonly SqliteCommand _deleteIfMatch;

    public SqliteStateWriter(SqliteConnection connection, TimeProvider time)
    {
        _connection = connection;
        _time = time;
        _update = Prepare("UPDATE state_entries SET value = @value, etag = @etag, updated_at = @now WHERE key = @key AND etag = @expected", withValue: true, withExpected: true);
        _insert = Prepare("INSERT INTO state_entries (key, value, etag, updated_at) VALUES (@key, @value, @etag, @now) ON CONFLICT (key) DO NOTHING", withValue: true, withExpected: false);
        _upsert = Prepare("""
            INSERT INTO state_entries (key, value, etag, updated_at) VALUES (@key, @value, @etag, @now)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at
            """, withValue: true, withExpected: false);
        _delete = Prepare("DELETE FROM state_entries WHERE key = @key", withValue: false, withExpected: false);
        _deleteIfMatch = Prepare("DELETE FROM state_entries WHERE key = @key AND etag = @expected", withValue: false, withExpected: true);
    }

    /// <summary>Applies the batch atomically; on a database error every write of the batch fails with it.</summary>
    public void Commit(IReadOnlyList<PendingStateWrite> batch)
    {
        var results = new StateWriteResult?[batch.Count];
        try
        {
            using var transaction = _connection.BeginTransaction();
            foreach (var command in new[] { _update, _insert, _upsert, _delete, _deleteIfMatch })
            {
                command.Transaction = transaction;
            }

            var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
            for (var i = 0; i < batch.Count; i++)
            {
                if (!batch[i].CancellationToken.IsCancellationRequested)
                {
                    results[i] = Apply(batch[i], now);
                }
            }

            transaction.Commit();
        }
        catch (Exception exception)
        {
            // Any failure must reach the turns waiting on this batch; the writer itself keeps running.
            foreach (var write in batch)
            {
                write.Completion.TrySetException(exception);
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (results[i] is { } result)
            {
                batch[i].Completion.TrySetResult(result);
            }
            else
            {
                batch[i].Completion.TrySetCanceled(batch[i].CancellationToken);
            }
        }
    }

    public void Dispose()
    {
        foreach (var command in new[] { _update, _insert, _upsert, _delete, _deleteIfMatch })
        {
            command.Dispose();
        }

        _connection.Dispose();
    }

    private StateWriteResult Apply(PendingStateWrite write, long now)
    {
        var command = write.Kind switch
        {
            StateWriteKind.UpdateIfMatch => _update,
            StateWriteKind.InsertIfAbsent => _insert,
            StateWriteKind.Upsert => _upsert,
            StateWriteKind.Delete => _delete,
            StateWriteKind.DeleteIfMatch => _deleteIfMatch,
            _ => throw new ArgumentOutOfRangeException(nameof(write), write.Kind, "Unknown state write."),
        };
        command.Parameters["@key"].Value = write.Key;
        var eTag = write.Value is null ? null : ETags.New();
        if (write.Value is not null)
        {
            command.Parameters["@value"].Value = write.Value;
            command.Parameters["@etag"].Value = eTag;
            command.Parameters["@now"].Value = now;
        }

        if (write.ExpectedETag is not null)
        {
            command.Parameters["@expected"].Value = write.ExpectedETag;
        }

        var applied = command.ExecuteNonQuery() == 1;
        return new StateWriteResult(applied, applied ? eTag : null);
    }

    private SqliteCommand Prepare(string sql, bool withValue, bool withExpected)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("@key", SqliteType.Text);
        if (withValue)
        {
            command.Parameters.Add("@value", SqliteType.Blob);
            command.Parameters.Add("@etag", SqliteType.Text);
            command.Parameters.Add("@now", SqliteType.Integer);
        }

        if (withExpected)
        {
            command.Parameters.Add("@expected", SqliteType.Text);
        }

        command.Prepare();
        return command;
    }
}
