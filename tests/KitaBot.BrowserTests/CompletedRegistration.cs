namespace KitaBot.BrowserTests;

/// <summary>What the family saw at the end: the review summary before releasing, and the reference numbers after.</summary>
public sealed record CompletedRegistration(string ReviewSummary, IReadOnlyList<string> ReferenceNumbers);
