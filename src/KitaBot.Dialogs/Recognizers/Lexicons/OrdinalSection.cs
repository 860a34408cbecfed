namespace KitaBot.Dialogs.Recognizers.Lexicons;

/// <summary>Ordinal words of one language: full words, or stems combined with every ending and prefix.</summary>
internal sealed class OrdinalSection
{
    public IReadOnlyDictionary<int, IReadOnlyList<string>> Words { get; set; } = new Dictionary<int, IReadOnlyList<string>>();

    public IReadOnlyDictionary<int, IReadOnlyList<string>> Stems { get; set; } = new Dictionary<int, IReadOnlyList<string>>();

    /// <summary>Endings added to every stem ("erst" + "e"); an empty ending lets the bare stem count.</summary>
    public IReadOnlyList<string> Endings { get; set; } = [];

    /// <summary>Prefixes added to every word and stem form (the Arabic article "ال").</summary>
    public IReadOnlyList<string> Prefixes { get; set; } = [];

    /// <summary>Suffixes that make a digit run an ordinal ("2nd", "2e", "2-й").</summary>
    public IReadOnlyList<string> DigitSuffixes { get; set; } = [];
}
