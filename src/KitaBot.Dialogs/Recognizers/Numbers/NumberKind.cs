namespace KitaBot.Dialogs.Recognizers.Numbers;

public enum NumberKind
{
    /// <summary>A count: "35", "fünfunddreißig", "سی و پنج".</summary>
    Cardinal,

    /// <summary>A position: "second", "2nd", "die zweite", "al doilea".</summary>
    Ordinal,
}
