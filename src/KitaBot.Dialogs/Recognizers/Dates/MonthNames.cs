namespace KitaBot.Dialogs.Recognizers.Dates;

/// <summary>The written forms of one month in one language, in lexicon order January..December.</summary>
internal sealed class MonthNames
{
    /// <summary>Full names in every grammatical form; may stand alone.</summary>
    public List<string> Names { get; init; } = [];

    /// <summary>Short forms; accepted only next to a day or a year, with or without a dot.</summary>
    public List<string> Abbreviations { get; init; } = [];
}
