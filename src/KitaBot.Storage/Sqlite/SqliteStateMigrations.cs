using KitaBot.Storage.Migrations;

namespace KitaBot.Storage.Sqlite;

/// <summary>Schema of <see cref="SqliteStateStore"/>.</summary>
internal static class SqliteStateMigrations
{
    public const string Component = "state";

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "state entries", """
            CREATE TABLE state_entries (
                key        TEXT    NOT NULL PRIMARY KEY,
                value      BLOB    NOT NULL,
                etag       TEXT    NOT NULL,
                updated_at INTEGER NOT NULL
            );
            """),
    ];
}
