namespace KitaBot.Storage.Model;

/// <summary>The code was right; it is used up.</summary>
public sealed record CodeVerified : CodeVerificationResult;
