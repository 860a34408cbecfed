namespace KitaBot.Dialogs.Recognizers.Lexicons;

/// <summary>Cardinal number words of one language and how they combine.</summary>
internal sealed class NumberSection
{
    /// <summary>Value → words or phrases that add this value ("fünf", "quatre-vingts", "o sută").</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> Cardinals { get; set; } = new Dictionary<int, IReadOnlyList<string>>();

    /// <summary>100 or 1000 → words that multiply what precedes ("hundert", "sute", "тысяч").</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> Multipliers { get; set; } = new Dictionary<int, IReadOnlyList<string>>();

    /// <summary>Words joining parts of one number ("und", "et", "و").</summary>
    public IReadOnlyList<string> Connectors { get; set; } = [];

    /// <summary>Overrides of the largest value that may follow a word (French "soixante" takes 1-19).</summary>
    public IReadOnlyDictionary<string, int> Slots { get; set; } = new Dictionary<string, int>();

    /// <summary>Units precede tens with a connector ("fünfunddreißig", "خمسة وثلاثون").</summary>
    public bool UnitFirst { get; set; }

    /// <summary>A unit directly followed by ten forms a teen ("ثلاثة عشر").</summary>
    public bool UnitTeen { get; set; }

    /// <summary>Number words are written together and must be split ("einundzwanzig", "otuzbeş", "وثلاثون").</summary>
    public bool Compounds { get; set; }
}
