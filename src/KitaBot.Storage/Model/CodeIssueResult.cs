namespace KitaBot.Storage.Model;

/// <summary>The outcome of asking for an e-mail verification code: <see cref="CodeIssued"/> or <see cref="CodeRateLimited"/>.</summary>
public abstract record CodeIssueResult;
