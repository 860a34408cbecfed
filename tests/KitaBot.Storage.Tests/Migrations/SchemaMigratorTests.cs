using KitaBot.Storage.Configuration;
using KitaBot.Storage.Migrations;
using KitaBot.Storage.Sqlite;
using KitaBot.Storage.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace KitaBot.Storage.Tests.Migrations;

/// <summary>The migration runner applies each version once per component and in order.</summary>
public sealed class SchemaMigratorTests
{
    [Fact]
    public async Task Migrations_apply_once_in_order_and_later_versions_upgrade_an_existing_file()
    {
        using var directory = new TempDirectory();
        var file = new SqliteDatabaseFile(directory.File("m.db"), SqliteDurability.Normal);
        Migration[] v1 = [new(1, "create", "CREATE TABLE t (a INTEGER NOT NULL)")];
        Migration[] v2 = [.. v1, new(2, "add column", "ALTER TABLE t ADD COLUMN b TEXT")];

        await file.MigrateAsync("demo", v1, TimeProvider.System, CancellationToken.None);
        await file.MigrateAsync("demo", v1, TimeProvider.System, CancellationToken.None);
        await file.MigrateAsync("demo", v2, TimeProvider.System, CancellationToken.None);
        await file.MigrateAsync("other", [new(1, "other", "CREATE TABLE u (x INTEGER)")], TimeProvider.System, CancellationToken.None);

        await using var connection = await file.OpenAsync(CancellationToken.None);
        Assert.Equal(["demo:1:create", "demo:2:add column", "other:1:other"], await QueryAsync(connection, "SELECT component || ':' || version || ':' || name FROM schema_migrations ORDER BY component, version"));
        Assert.Equal(["a", "b"], await QueryAsync(connection, "SELECT name FROM pragma_table_info('t') ORDER BY cid"));
        Assert.Equal(["wal"], await QueryAsync(connection, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task A_failing_migration_leaves_no_trace()
    {
        using var directory = new TempDirectory();
        var file = new SqliteDatabaseFile(directory.File("m.db"), SqliteDurability.Normal);
        Migration[] broken = [new(1, "ok", "CREATE TABLE t (a INTEGER)"), new(2, "broken", "ALTER TABLE missing ADD COLUMN b TEXT")];

        await Assert.ThrowsAsync<SqliteException>(() => file.MigrateAsync("demo", broken, TimeProvider.System, CancellationToken.None));

        await using var connection = await file.OpenAsync(CancellationToken.None);
        Assert.Empty(await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE name = 't'"));
    }

    private static async Task<List<string>> QueryAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
