namespace KitaBot.Storage.State;

/// <summary>The operations a batching state writer applies.</summary>
internal enum StateWriteKind
{
    UpdateIfMatch,
    InsertIfAbsent,
    Upsert,
    Delete,
    DeleteIfMatch,
}
