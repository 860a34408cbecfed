using System.Data.Common;
using KitaBot.Storage.Configuration;
using KitaBot.Storage.Sql;

namespace KitaBot.Storage.Sqlite;

/// <summary>The portal schema in a SQLite file; instants are stored as Unix milliseconds so SQL can compare them.</summary>
internal sealed class SqlitePortalDatabase(string path, SqliteDurability durability, TimeProvider time) : PortalDatabase(time)
{
    private readonly SqliteDatabaseFile _file = new(path, durability);

    public override string SkipLockedClause => string.Empty;

    public override void AddInstant(DbCommand command, string name, DateTimeOffset? value) =>
        command.AddParameter(name, value?.ToUnixTimeMilliseconds());

    public override DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) =>
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public override Task SerializeOnAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _file.OpenAsync(cancellationToken).ConfigureAwait(false);

    protected override Task MigrateAsync(CancellationToken cancellationToken) =>
        _file.MigrateAsync(SqlitePortalMigrations.Component, SqlitePortalMigrations.All, Time, cancellationToken);
}
