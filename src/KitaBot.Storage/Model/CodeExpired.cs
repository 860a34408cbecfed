namespace KitaBot.Storage.Model;

/// <summary>The latest code is older than its lifetime; ask for a new one.</summary>
public sealed record CodeExpired : CodeVerificationResult;
