using KitaBot.Storage.Migrations;

namespace KitaBot.Storage.Postgres;

/// <summary>Schema of <see cref="PostgresStateStore"/>.</summary>
internal static class PostgresStateMigrations
{
    public const string Component = "state";

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "state entries", """
            CREATE TABLE state_entries (
                key        text        NOT NULL PRIMARY KEY,
                value      bytea       NOT NULL,
                etag       text        NOT NULL,
                updated_at timestamptz NOT NULL
            );
            """),
    ];
}
