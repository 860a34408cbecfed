namespace KitaBot.Dialogs.Recognizers.Contact;

/// <summary>A German postcode (five ASCII digits) found in text.</summary>
public sealed record PostcodeMatch(string Text, int Start, int Length, string Postcode);
