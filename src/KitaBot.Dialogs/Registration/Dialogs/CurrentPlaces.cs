namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>The answers to "does the child have a place now?".</summary>
public static class CurrentPlaces
{
    public const string None = "none";
    public const string Kita = "kita";
    public const string Childminder = "childminder";
}
