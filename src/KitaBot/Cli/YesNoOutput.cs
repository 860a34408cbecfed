namespace KitaBot.Cli;

/// <summary>"yes", "no" or "none"; text is empty and start/length 0 for none.</summary>
internal sealed record YesNoOutput(string Answer, string Text, int Start, int Length);
