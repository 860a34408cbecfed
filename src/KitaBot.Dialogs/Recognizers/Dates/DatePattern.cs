using System.Text;
using System.Text.RegularExpressions;

namespace KitaBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Builds the one regular expression of a language from its lexicon. The expression runs on folded text
/// (see <see cref="DateTextFolder"/>) and is a list of alternatives, each closed by an empty marker group
/// (k…) that tells <see cref="DateGrammar"/> which construction matched. Earlier alternatives win at one position.
/// </summary>
internal static class DatePattern
{
    private const string WordStart = @"(?<!\w)";
    private const string WordEnd = @"(?!\w)";

    // Digits may not continue a number, a dotted number or a range/phone number.
    private const string NumberStart = @"(?<![\w.])(?<![0-9][/\-])";
    private const string NumberEnd = @"(?![0-9])(?![.,/\-][0-9])";
    private const string DayOrMonth = "[0-9]{1,2}";

    // Four-digit years are accepted from 1900 to 2199 only: "1405/08/30" is a Solar Hijri date, not Gregorian.
    private const string FullYear = "(?:19|2[01])[0-9]{2}";
    private const string Separator = @"[\s.,/\-]*";

    public static string Build(DateLexicon lexicon)
    {
        var yearSuffix = Optional($@"[\s,]*{Alternation(lexicon.YearSuffixes)}{WordEnd}");
        var yearPrefix = Optional($@"{Alternation(lexicon.YearPrefixes)}\s*");
        var textYear = Optional($"{Separator}{yearPrefix}(?<year>{FullYear})(?![0-9]){yearSuffix}");
        var month = MonthAlternation(lexicon);
        var monthSuffix = Optional($"(?<msuffix>{Alternation(lexicon.MonthSuffixes)})");
        var monthName = $@"(?<month>{month})(?:\s*[/(]\s*(?<month2>{month})\s*\)?)?{monthSuffix}{WordEnd}";
        var ordinal = Optional($@"\s?{Alternation(lexicon.DayOrdinalSuffixes)}{WordEnd}|\.");
        var day = $"(?:{NumberStart}(?<day>{DayOrMonth}){ordinal}(?![0-9])|{WordStart}(?<dayword>{Alternation(lexicon.DayWords.Keys)}){WordEnd})";
        var joiner = Optional($@"{Alternation(lexicon.DayMonthJoiners)}[\s.,]+");
        var postModifier = Optional($@"\s+(?<postmod>{Alternation(lexicon.ModifiersAfter.Keys)}){WordEnd}");
        var preModifier = Optional($@"(?<premod>{Alternation(lexicon.ModifiersBefore.Keys)})[\s\-]+");
        var monthPrefix = Optional($@"(?<mprefix>{Alternation(lexicon.MonthPrefixes)})\s*");
        var count = $"(?:{NumberStart}(?<num>[0-9]{{1,3}})(?![0-9])|{WordStart}(?<numword>{Alternation(lexicon.NumberWords.Keys)}){WordEnd})";
        var units = lexicon.DayUnits.Concat(lexicon.WeekUnits).Concat(lexicon.MonthUnits).Concat(lexicon.YearUnits);
        var unit = $@"(?<unit>{Alternation(units)})'?{WordEnd}";

        // A unit that carries its count ("يومين", "quinze jours") is tried before a count and a unit.
        var countedUnit = $"{WordStart}(?<unit>{Alternation(lexicon.CountedUnits.Select(counted => counted.Form))}){WordEnd}";
        var countAndUnit = $@"{count}\s*(?:{countedUnit}|{unit})";
        var span = lexicon.CountOptional
            ? $@"(?:{countedUnit}|(?:{count}\s*)?(?:{countedUnit}|{unit}))"
            : $"(?:{countedUnit}|{countAndUnit})";
        var countedSpan = $"(?:{countedUnit}|{countAndUnit})";

        var alternatives = new List<string>
        {
            Marked("kblock", $"{WordStart}{Alternation(lexicon.Blockers)}{WordEnd}"),
            Marked("kasap", $"{WordStart}{Alternation(lexicon.AsSoonAsPossible)}(?:{WordEnd}|(?<=\\.))"),
            Marked("kiso", $@"{NumberStart}(?<year>{FullYear})(?<s1>[\-/.])(?<month>{DayOrMonth})\k<s1>(?<day>{DayOrMonth}){NumberEnd}"),
            Marked("knumeric", $@"{NumberStart}(?<day>{DayOrMonth})(?<s2>[./\-])\s?(?<month>{DayOrMonth})\k<s2>\s?(?<year>{FullYear}|[0-9]{{2}}){NumberEnd}{yearSuffix}"),
            Marked("knumeric", $@"{NumberStart}(?<day>{DayOrMonth})\.\s?(?<month>{DayOrMonth})\.(?!\s?[0-9])"),
            Marked("kdaymonth", $"{day}{Separator}{joiner}{monthName}{textYear}{postModifier}"),
        };

        if (lexicon.MonthDayOrder)
        {
            alternatives.Add(Marked("kmonthday", $@"{WordStart}{monthName}[\s.,]*(?<day>{DayOrMonth}){Optional(Alternation(lexicon.DayOrdinalSuffixes))}(?![0-9\w])(?:[\s,]+(?<year>{FullYear})(?![0-9]))?"));
        }

        alternatives.Add(Marked("klater", $@"{WordStart}{Alternation(lexicon.LaterBefore)}\s+{span}{Optional($@"\s+{Alternation(lexicon.LaterAfter)}{WordEnd}")}"));
        alternatives.Add(Marked("kago", $@"{WordStart}{Alternation(lexicon.AgoBefore)}\s+{span}{Optional($@"\s+{Alternation(lexicon.AgoAfter)}{WordEnd}")}"));
        alternatives.Add(Marked("klater", $@"{countedSpan}\s+{Alternation(lexicon.LaterAfter)}{WordEnd}"));
        alternatives.Add(Marked("kago", $@"{countedSpan}\s+{Alternation(lexicon.AgoAfter)}{WordEnd}"));
        alternatives.Add(Marked("kmonthend", $"{WordStart}{Alternation(lexicon.EndOfMonth)}{WordEnd}"));
        alternatives.Add(Marked("kweek", $"{WordStart}{Alternation(lexicon.WeekOffsets.Keys)}{WordEnd}"));
        alternatives.Add(Marked("kmonthoffset", $"{WordStart}{Alternation(lexicon.MonthOffsets.Keys)}{WordEnd}"));
        alternatives.Add(Marked("kdayoffset", $"{WordStart}{Alternation(lexicon.DayOffsets.Keys)}{WordEnd}"));
        alternatives.Add(Marked("kmonth", $"{WordStart}{preModifier}{monthPrefix}{monthName}{textYear}{postModifier}"));

        // Every construction starts at a word start; the caller tries only those positions, anchored with \G.
        return $@"\G(?:{string.Join('|', alternatives)})";
    }

    /// <summary>Turns lexicon phrases into one alternation, longest first so the longest phrase wins.</summary>
    public static string Alternation(IEnumerable<string> phrases)
    {
        var patterns = phrases
            .Select(DateTextFolder.FoldPhrase)
            .Where(phrase => phrase.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(phrase => phrase.Length)
            .ThenBy(phrase => phrase, StringComparer.Ordinal)
            .Select(PhrasePattern)
            .ToList();

        // An empty lexicon list must never match, not even the empty string.
        return patterns.Count == 0 ? "(?!)" : $"(?:{string.Join('|', patterns)})";
    }

    private static string MonthAlternation(DateLexicon lexicon)
    {
        var names = lexicon.Months.SelectMany(month => month.Names).Select(name => (Phrase: DateTextFolder.FoldPhrase(name), Abbreviation: false));
        var abbreviations = lexicon.Months.SelectMany(month => month.Abbreviations).Select(name => (Phrase: DateTextFolder.FoldPhrase(name).TrimEnd('.'), Abbreviation: true));
        var patterns = names.Concat(abbreviations)
            .DistinctBy(entry => entry.Phrase, StringComparer.Ordinal)
            .OrderByDescending(entry => entry.Phrase.Length)
            .ThenBy(entry => entry.Phrase, StringComparer.Ordinal)
            .Select(entry => entry.Abbreviation ? PhrasePattern(entry.Phrase) + @"\.?" : PhrasePattern(entry.Phrase));
        return $"(?:{string.Join('|', patterns)})";
    }

    /// <summary>
    /// A folded phrase as a pattern: inner spaces and hyphens match any run of spaces/hyphens (or none: Persian
    /// often joins words with a zero-width non-joiner, which folding drops), apostrophes and dots are optional.
    /// </summary>
    private static string PhrasePattern(string phrase)
    {
        var pattern = new StringBuilder();
        for (var i = 0; i < phrase.Length; i++)
        {
            var c = phrase[i];
            if (c is ' ' or '-')
            {
                while (i + 1 < phrase.Length && phrase[i + 1] is ' ' or '-')
                {
                    i++;
                }

                pattern.Append(@"[\s\-]*");
            }
            else if (c is '\'' or '.')
            {
                pattern.Append(Regex.Escape(c.ToString())).Append('?');
            }
            else
            {
                pattern.Append(Regex.Escape(c.ToString()));
            }
        }

        return pattern.ToString();
    }

    private static string Optional(string pattern) => $"(?:{pattern})?";

    private static string Marked(string marker, string pattern) => $"{pattern}(?<{marker}>)";
}
