namespace KitaBot.Dialogs.Recognizers.Contact;

/// <summary>A phone number found in text, normalised to E.164 ("+491711234567").</summary>
public sealed record PhoneMatch(string Text, int Start, int Length, string E164);
