namespace KitaBot.Storage.Model;

/// <summary>No unused code exists for this e-mail.</summary>
public sealed record NoCodeIssued : CodeVerificationResult;
