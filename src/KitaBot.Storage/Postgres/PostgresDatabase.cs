using KitaBot.Storage.Migrations;
using Npgsql;

namespace KitaBot.Storage.Postgres;

/// <summary>
/// Shared access to one PostgreSQL database: a data source with automatic statement preparation, and schema
/// migrations serialised by an advisory lock so several bot instances can start at once.
/// </summary>
internal static class PostgresDatabase
{
    // Any constant works; it only has to be the same for every KitaBot instance.
    private const string MigrationLockSql = "SELECT pg_advisory_xact_lock(4242424242)";

    /// <summary>Builds a data source that prepares the hot statements on every pooled connection.</summary>
    public static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        return NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public static async Task MigrateAsync(
        NpgsqlDataSource dataSource, string component, IReadOnlyList<Migration> migrations, TimeProvider time, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await SchemaMigrator.ApplyAsync(connection, component, migrations, MigrationLockSql, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
