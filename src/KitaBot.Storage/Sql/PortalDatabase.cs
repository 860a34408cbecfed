using System.Data.Common;

namespace KitaBot.Storage.Sql;

/// <summary>
/// What the portal stores need from a database: connections to a migrated schema, and the few spots where SQLite and
/// PostgreSQL differ (how instants are stored, row locking when claiming outbox messages, per-key serialisation).
/// </summary>
internal abstract class PortalDatabase : IAsyncDisposable
{
    private readonly RetryingInitializer<bool> _migrated;

    protected PortalDatabase(TimeProvider time)
    {
        Time = time;
        _migrated = new RetryingInitializer<bool>(async () =>
        {
            await MigrateAsync(CancellationToken.None).ConfigureAwait(false);
            return true;
        });
    }

    public TimeProvider Time { get; }

    /// <summary>Appended to the SELECT that picks due outbox rows, so concurrent claimers skip each other's rows.</summary>
    public abstract string SkipLockedClause { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _migrated.EnsureAsync().ConfigureAwait(false);
        return await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds an instant parameter in the database's representation (UTC, millisecond precision).</summary>
    public abstract void AddInstant(DbCommand command, string name, DateTimeOffset? value);

    public abstract DateTimeOffset ReadInstant(DbDataReader reader, int ordinal);

    public DateTimeOffset? ReadNullableInstant(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ReadInstant(reader, ordinal);

    /// <summary>
    /// Inside a write transaction, waits until no other transaction works on <paramref name="key"/> (e.g. one e-mail
    /// address). SQLite transactions already run one at a time.
    /// </summary>
    public abstract Task SerializeOnAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    protected abstract Task MigrateAsync(CancellationToken cancellationToken);
}
