namespace KitaBot.Dialogs.Registration.Release;

/// <summary>One released registration as told to the family: its reference number and what it is for.</summary>
public sealed record ReleasedItem(string ReferenceNumber, string What);
