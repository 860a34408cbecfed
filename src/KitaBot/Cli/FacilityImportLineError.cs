namespace KitaBot.Cli;

/// <summary>Why one line of the CSV cannot be imported; line 1 is the header.</summary>
internal sealed record FacilityImportLineError(int Line, string Reason);
