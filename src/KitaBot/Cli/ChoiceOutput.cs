namespace KitaBot.Cli;

/// <summary>"matched" (one candidate), "ambiguous" (the tied candidates) or "none".</summary>
internal sealed record ChoiceOutput(string Status, IReadOnlyList<ChoiceCandidateOutput> Candidates);
