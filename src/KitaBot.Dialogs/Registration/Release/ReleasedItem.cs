using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Registration.Release;

/// <summary>One released registration as told to the family: its reference number and the line that names it.</summary>
public sealed record ReleasedItem(string ReferenceNumber, LocalizedText Line, bool IsChildminder);
