using KitaBot.Storage.Configuration;
using KitaBot.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace KitaBot.Storage.Sqlite;

/// <summary>
/// Opens connections to one SQLite file with the settings every KitaBot store relies on (WAL, busy timeout,
/// foreign keys, the configured durability) and migrates a component's schema.
/// </summary>
internal sealed class SqliteDatabaseFile
{
    private readonly string _connectionString;
    private readonly string _pragmas;
    private readonly string? _directory;

    public SqliteDatabaseFile(string path, SqliteDurability durability)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        _directory = Path.GetDirectoryName(fullPath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
        }.ToString();
        var synchronous = durability == SqliteDurability.Full ? "FULL" : "NORMAL";

        // busy_timeout lets SQLite wait for another writer itself instead of failing with SQLITE_BUSY.
        _pragmas = $"PRAGMA synchronous = {synchronous}; PRAGMA busy_timeout = 10000;";
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Creates the folder and the file when missing, switches the file to WAL and applies the migrations.</summary>
    public async Task MigrateAsync(string component, IReadOnlyList<Migration> migrations, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(_directory))
        {
            Directory.CreateDirectory(_directory);
        }

        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // WAL is a property of the file: readers never block the writer and commits append to the log.
            using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode = WAL;";
                await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await SchemaMigrator.ApplyAsync(connection, component, migrations, serializeSql: null, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
