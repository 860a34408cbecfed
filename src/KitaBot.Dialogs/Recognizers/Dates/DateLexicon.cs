namespace KitaBot.Dialogs.Recognizers.Dates;

/// <summary>
/// The date vocabulary of one language, read from an embedded JSON file (Lexicons/xx.json). Every entry is
/// folded like user text before use, so entries may be written with their natural accents and capitals.
/// </summary>
internal sealed class DateLexicon
{
    /// <summary>Exactly twelve entries, January first.</summary>
    public List<MonthNames> Months { get; init; } = [];

    /// <summary>Month names that are also ordinary words ("may", Romanian "mai"): alone they need a context word, a prefix or a modifier.</summary>
    public List<string> AmbiguousMonthNames { get; init; } = [];

    /// <summary>Words right before an ambiguous month name that show it is a month ("in May").</summary>
    public List<string> MonthContextWords { get; init; } = [];

    /// <summary>Words that may precede a month name and belong to the date ("luna", "شهر", "ماه").</summary>
    public List<string> MonthPrefixes { get; init; } = [];

    /// <summary>
    /// Case endings or words after a month name (Turkish "'ta", "-ayında"). A leading hyphen lets the entry follow
    /// after a space or hyphen; an ending set off by an apostrophe or space marks an ambiguous name as a month.
    /// </summary>
    public List<string> MonthSuffixes { get; init; } = [];

    /// <summary>Endings after a day in digits: "st", "er", "-го".</summary>
    public List<string> DayOrdinalSuffixes { get; init; } = [];

    /// <summary>Days written as words, 1 to 10 at least: "first", "premier", "перше".</summary>
    public Dictionary<string, int> DayWords { get; init; } = [];

    /// <summary>Words between day and month: "of", "من".</summary>
    public List<string> DayMonthJoiners { get; init; } = [];

    /// <summary>Whether "March 15, 2027" (month before day) is usual.</summary>
    public bool MonthDayOrder { get; init; }

    public List<string> YearPrefixes { get; init; } = [];

    public List<string> YearSuffixes { get; init; } = [];

    /// <summary>Fixed phrases by day offset: today 0, tomorrow 1, yesterday -1.</summary>
    public Dictionary<string, int> DayOffsets { get; init; } = [];

    /// <summary>Fixed phrases by week offset (resolved to that week's Monday): next week 1.</summary>
    public Dictionary<string, int> WeekOffsets { get; init; } = [];

    /// <summary>Fixed phrases by month offset (resolved to that month): next month 1.</summary>
    public Dictionary<string, int> MonthOffsets { get; init; } = [];

    public Dictionary<string, MonthModifier> ModifiersBefore { get; init; } = [];

    public Dictionary<string, MonthModifier> ModifiersAfter { get; init; } = [];

    /// <summary>Counts written as words, 1 to 12 at least, in every form used before a unit.</summary>
    public Dictionary<string, int> NumberWords { get; init; } = [];

    public List<string> DayUnits { get; init; } = [];

    public List<string> WeekUnits { get; init; } = [];

    public List<string> MonthUnits { get; init; } = [];

    public List<string> YearUnits { get; init; } = [];

    public List<CountedUnit> CountedUnits { get; init; } = [];

    /// <summary>Whether a unit after "in"/"ago" may stand without a count and mean one (Russian "через неделю").</summary>
    public bool CountOptional { get; init; }

    /// <summary>Words before a span that put it in the future: "in", "через", "بعد".</summary>
    public List<string> LaterBefore { get; init; } = [];

    /// <summary>Words after a span that put it in the future: "sonra", "دیگر", "from now".</summary>
    public List<string> LaterAfter { get; init; } = [];

    public List<string> AgoBefore { get; init; } = [];

    public List<string> AgoAfter { get; init; } = [];

    public List<string> AsSoonAsPossible { get; init; } = [];

    /// <summary>"End of the month": the last day of the reference month.</summary>
    public List<string> EndOfMonth { get; init; } = [];

    /// <summary>Phrases that look like dates but are not ("guten Morgen"); matched first and dropped.</summary>
    public List<string> Blockers { get; init; } = [];
}
