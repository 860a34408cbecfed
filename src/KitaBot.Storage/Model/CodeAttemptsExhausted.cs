namespace KitaBot.Storage.Model;

/// <summary>Too many wrong tries for the latest code; ask for a new one.</summary>
public sealed record CodeAttemptsExhausted : CodeVerificationResult;
