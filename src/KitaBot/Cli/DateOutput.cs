namespace KitaBot.Cli;

/// <summary>A date: value is the future reading, past the past reading ("YYYY-MM-DD" or "YYYY-MM").</summary>
internal sealed record DateOutput(string Text, int Start, int Length, string Value, string Past);
