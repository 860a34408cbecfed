namespace KitaBot.Storage.Configuration;

/// <summary>SQLite's <c>synchronous</c> setting under WAL.</summary>
public enum SqliteDurability
{
    /// <summary>
    /// <c>synchronous=NORMAL</c>: a commit survives a crash of the process; the last commits may be lost on power
    /// failure until the next checkpoint. The database never corrupts.
    /// </summary>
    Normal,

    /// <summary><c>synchronous=FULL</c>: every commit is fsynced before it returns.</summary>
    Full,
}
