namespace KitaBot.Storage.Sqlite;

/// <summary>The operations the SQLite state writer applies.</summary>
internal enum StateWriteKind
{
    UpdateIfMatch,
    InsertIfAbsent,
    Upsert,
    Delete,
    DeleteIfMatch,
}
