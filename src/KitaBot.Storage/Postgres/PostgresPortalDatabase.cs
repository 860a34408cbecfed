using System.Data.Common;
using KitaBot.Storage.Portal;
using KitaBot.Storage.Sql;
using Npgsql;

namespace KitaBot.Storage.Postgres;

/// <summary>The portal schema in PostgreSQL, shared safely by several bot instances.</summary>
internal sealed class PostgresPortalDatabase(NpgsqlDataSource dataSource, bool ownsDataSource, TimeProvider time) : PortalDatabase(time)
{
    public override string SkipLockedClause => " FOR UPDATE SKIP LOCKED";

    public override void AddInstant(DbCommand command, string name, DateTimeOffset? value) =>
        command.AddParameter(name, value is { } instant ? DateTimeOffset.FromUnixTimeMilliseconds(instant.ToUnixTimeMilliseconds()) : (DateTimeOffset?)null);

    public override DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override async Task SerializeOnAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(hashtextextended(@key, 0))";
        command.AddParameter("key", key);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async ValueTask DisposeAsync()
    {
        if (ownsDataSource)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
        }
    }

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    protected override Task MigrateAsync(CancellationToken cancellationToken) =>
        PostgresDatabase.MigrateAsync(dataSource, PostgresPortalMigrations.Component, PostgresPortalMigrations.All, Time, cancellationToken);
}
