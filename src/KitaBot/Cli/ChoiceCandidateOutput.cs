namespace KitaBot.Cli;

internal sealed record ChoiceCandidateOutput(string Value, int Index, double Score, string Kind, string Text, int Start, int Length);
