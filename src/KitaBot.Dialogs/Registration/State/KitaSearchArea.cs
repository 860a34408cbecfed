namespace KitaBot.Dialogs.Registration.State;

/// <summary>Where to search for Kitas: the family's Ortsteil or its whole town.</summary>
public static class KitaSearchArea
{
    public const string Ortsteil = "ortsteil";
    public const string Town = "town";
}
