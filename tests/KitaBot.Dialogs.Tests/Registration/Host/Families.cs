namespace KitaBot.Dialogs.Tests.Registration.Host;

/// <summary>Ready-made answers that bring a family to a point of the conversation, in English.</summary>
public static class Families
{
    public const string Code = TranscriptInstrument.CodeMarker;

    /// <summary>A new family in Werl (Kreis Soest portal), up to the child's first name.</summary>
    public static string[] WerlAccount(string email) =>
        ["[join]", "Register a child", "Amira Haddad", email, Code, "0170 1234567", "59457", "Büderich", "Hauptstraße 12"];

    /// <summary>A new family in Rheine (STEP), up to the child's first name.</summary>
    public static string[] RheineAccount(string email) =>
        ["[join]", "Register a child", "Tom Smith", email, Code, "05971 123456", "48431", "Eschendorf", "Emsstraße 5"];

    /// <summary>A child born 14 May 2024, from the first name up to the kind of care.</summary>
    public static readonly string[] ChildUpToCareType =
        ["Lina", "Haddad", "yes", "14.05.2024", "1 August 2027", "45 hours", "no", "no", "-"];
}
