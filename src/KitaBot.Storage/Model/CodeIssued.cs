namespace KitaBot.Storage.Model;

/// <summary>A code was issued and queued for e-mail; it is valid until <see cref="ExpiresAt"/>.</summary>
public sealed record CodeIssued(DateTimeOffset ExpiresAt) : CodeIssueResult;
