namespace KitaBot.Dialogs.Recognizers.Numbers;

internal enum NumberWordKind
{
    /// <summary>Adds its value ("fünf", "dreißig", "двести").</summary>
    Cardinal,

    /// <summary>Multiplies the preceding value ("hundert", "тысяч").</summary>
    Multiplier,

    /// <summary>Joins parts of one number ("und", "و").</summary>
    Connector,

    /// <summary>A position ("zweite").</summary>
    Ordinal,
}
