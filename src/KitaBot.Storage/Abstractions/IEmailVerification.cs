using KitaBot.Storage.Model;

namespace KitaBot.Storage.Abstractions;

/// <summary>
/// Proves a family owns an e-mail address with a 6-digit one-time code: valid 15 minutes, 5 tries per code,
/// 5 codes per address per hour. Only a salted hash of the code is kept.
/// </summary>
public interface IEmailVerification
{
    /// <summary>Issues a new code (replacing older ones) and queues it for e-mail in the same transaction.</summary>
    Task<CodeIssueResult> IssueCodeAsync(string email, string languageTag, CancellationToken cancellationToken);

    /// <summary>Checks a code against the latest one issued for the address.</summary>
    Task<CodeVerificationResult> VerifyAsync(string email, string code, CancellationToken cancellationToken);
}
