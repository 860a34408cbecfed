namespace KitaBot.Storage.Abstractions;

/// <summary>A Direct Line conversation: its id, the user the token was issued to, and the next free sequence number.</summary>
public sealed record LoggedConversation(string Id, string UserId, DateTimeOffset CreatedAt, long NextSequence);
