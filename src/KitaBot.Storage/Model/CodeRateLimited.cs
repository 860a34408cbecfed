namespace KitaBot.Storage.Model;

/// <summary>Too many codes for this e-mail in the last hour; the next one can be issued at <see cref="RetryAfter"/>.</summary>
public sealed record CodeRateLimited(DateTimeOffset RetryAfter) : CodeIssueResult;
