namespace KitaBot.Storage.Abstractions;

/// <summary>A stored value (UTF-8 JSON) with the eTag it was stored under.</summary>
public sealed record StateEntry(ReadOnlyMemory<byte> Value, string ETag);
