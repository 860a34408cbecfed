namespace KitaBot.Cli;

internal sealed record PhoneOutput(string Text, int Start, int Length, string E164);
