namespace KitaBot.Storage.Configuration;

/// <summary>Storage settings, bound from the <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Storage";

    /// <summary><c>Storage:Provider</c>: <c>sqlite</c> (default) or <c>postgres</c>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary><c>Storage:SqlitePath</c>: the database file, relative to the working directory unless rooted.</summary>
    public string SqlitePath { get; set; } = Path.Combine("data", "kitabot.db");

    /// <summary>
    /// <c>Storage:SqliteDurability</c>: how hard a SQLite commit of conversation state is flushed. Portal data is
    /// always committed with <see cref="SqliteDurability.Full"/>.
    /// </summary>
    public SqliteDurability SqliteDurability { get; set; } = SqliteDurability.Normal;

    /// <summary><c>Storage:ConnectionString</c>: the Npgsql connection string, required for PostgreSQL.</summary>
    public string? ConnectionString { get; set; }
}
