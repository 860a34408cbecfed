using System.Data.Common;
using System.Globalization;
using KitaBot.Storage.Sql;

namespace KitaBot.Storage.Migrations;

/// <summary>
/// Applies the missing migrations of one component (e.g. "state", "portal") inside one transaction and records them
/// in <c>schema_migrations</c>, so several stores can share one database and each upgrades itself.
/// </summary>
internal static class SchemaMigrator
{
    private const string CreateTableSql = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            component  TEXT    NOT NULL,
            version    INTEGER NOT NULL,
            name       TEXT    NOT NULL,
            applied_at TEXT    NOT NULL,
            PRIMARY KEY (component, version)
        )
        """;

    // serializeSql runs first inside the transaction so concurrent instances migrate one after another
    // (PostgreSQL advisory lock); null where the transaction itself already serialises writers (SQLite).
    public static async Task ApplyAsync(
        DbConnection connection,
        string component,
        IReadOnlyList<Migration> migrations,
        string? serializeSql,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var transactionScope = transaction.ConfigureAwait(false);
        if (serializeSql is not null)
        {
            await ExecuteAsync(connection, transaction, serializeSql, cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(connection, transaction, CreateTableSql, cancellationToken).ConfigureAwait(false);
        var applied = await ReadAppliedVersionAsync(connection, transaction, component, cancellationToken).ConfigureAwait(false);
        foreach (var migration in migrations.Where(m => m.Version > applied).OrderBy(m => m.Version))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (component, version, name, applied_at) VALUES (@component, @version, @name, @at)";
            record.AddParameter("component", component);
            record.AddParameter("version", migration.Version);
            record.AddParameter("name", migration.Name);
            record.AddParameter("at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> ReadAppliedVersionAsync(
        DbConnection connection, DbTransaction transaction, string component, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations WHERE component = @component";
        command.AddParameter("component", component);
        var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt32(result, CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
