namespace KitaBot.Storage.Model;

/// <summary>The code was wrong; <see cref="RemainingAttempts"/> more tries are allowed for this code.</summary>
public sealed record CodeWrong(int RemainingAttempts) : CodeVerificationResult;
