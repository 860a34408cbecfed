namespace KitaBot.Cli;

internal sealed record NumberOutput(string Text, int Start, int Length, long Value, string Kind);
