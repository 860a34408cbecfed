namespace KitaBot.Storage.State;

/// <summary>Whether a queued state operation took effect, and the eTag it stored (writes only).</summary>
internal readonly record struct StateWriteResult(bool Applied, string? ETag);
