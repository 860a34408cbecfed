namespace KitaBot.Cli;

internal sealed record PostcodeOutput(string Text, int Start, int Length, string Postcode);
