namespace KitaBot.Storage.Configuration;

/// <summary>Which database keeps the bot's state and the portal data.</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file; the default for a single bot instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database that several bot instances may share.</summary>
    Postgres,
}
