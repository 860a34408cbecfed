namespace KitaBot.Dialogs.Localization;

/// <summary>The CLDR plural categories.</summary>
public enum PluralCategory
{
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}
