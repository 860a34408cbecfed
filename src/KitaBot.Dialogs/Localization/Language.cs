namespace KitaBot.Dialogs.Localization;

/// <summary>The eleven languages KitaBot speaks. Persisted by its BCP-47 tag, never by number.</summary>
public enum Language
{
    German,
    English,
    French,
    Ukrainian,
    Arabic,
    Turkish,
    Russian,
    Polish,
    Romanian,
    Bulgarian,
    Persian,
}
