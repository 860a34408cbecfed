namespace KitaBot.Storage.Abstractions;

/// <summary>One stored activity: its position in the conversation and its UTF-8 JSON exactly as delivered.</summary>
public sealed record LoggedActivity(long Sequence, ReadOnlyMemory<byte> Json);
