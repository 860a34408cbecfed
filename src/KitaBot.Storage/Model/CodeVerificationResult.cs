namespace KitaBot.Storage.Model;

/// <summary>
/// The outcome of checking a code: <see cref="CodeVerified"/>, <see cref="CodeWrong"/>, <see cref="CodeExpired"/>,
/// <see cref="CodeAttemptsExhausted"/> or <see cref="NoCodeIssued"/>.
/// </summary>
public abstract record CodeVerificationResult;
