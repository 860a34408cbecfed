namespace KitaBot.Cli;

internal sealed record EmailOutput(string Text, int Start, int Length, string Address);
