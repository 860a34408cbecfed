using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KitaBot.Dialogs.Recognizers.Dates;

/// <summary>The compiled matcher and word tables of one language; immutable once built.</summary>
internal sealed class DateGrammar
{
    private readonly Regex pattern;
    private readonly FrozenDictionary<string, int> months;
    private readonly FrozenSet<string> abbreviations;
    private readonly FrozenSet<string> ambiguousMonths;
    private readonly FrozenSet<string> monthContextWords;
    private readonly FrozenDictionary<string, int> dayWords;
    private readonly FrozenDictionary<string, int> numberWords;
    private readonly FrozenDictionary<string, int> dayOffsets;
    private readonly FrozenDictionary<string, int> weekOffsets;
    private readonly FrozenDictionary<string, int> monthOffsets;
    private readonly FrozenDictionary<string, MonthModifier> modifiersBefore;
    private readonly FrozenDictionary<string, MonthModifier> modifiersAfter;
    private readonly FrozenDictionary<string, (DateUnit Unit, int Count)> units;

    public DateGrammar(DateLexicon lexicon)
    {
        if (lexicon.Months.Count != 12)
        {
            throw new InvalidOperationException("A date lexicon needs exactly twelve months.");
        }

        pattern = new Regex(DatePattern.Build(lexicon), RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        months = lexicon.Months
            .SelectMany((month, index) => month.Names.Concat(month.Abbreviations).Select(name => (Key: Key(name), Month: index + 1)))
            .DistinctBy(entry => entry.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(entry => entry.Key, entry => entry.Month, StringComparer.Ordinal);
        var names = lexicon.Months.SelectMany(month => month.Names).Select(Key).ToHashSet(StringComparer.Ordinal);
        abbreviations = lexicon.Months.SelectMany(month => month.Abbreviations).Select(Key)
            .Where(abbreviation => !names.Contains(abbreviation)).ToFrozenSet(StringComparer.Ordinal);
        ambiguousMonths = lexicon.AmbiguousMonthNames.Select(Key).ToFrozenSet(StringComparer.Ordinal);
        monthContextWords = lexicon.MonthContextWords.Select(Key).ToFrozenSet(StringComparer.Ordinal);
        dayWords = ToTable(lexicon.DayWords);
        numberWords = ToTable(lexicon.NumberWords);
        dayOffsets = ToTable(lexicon.DayOffsets);
        weekOffsets = ToTable(lexicon.WeekOffsets);
        monthOffsets = ToTable(lexicon.MonthOffsets);
        modifiersBefore = ToTable(lexicon.ModifiersBefore);
        modifiersAfter = ToTable(lexicon.ModifiersAfter);
        units = lexicon.DayUnits.Select(form => (form, DateUnit.Day, 1))
            .Concat(lexicon.WeekUnits.Select(form => (form, DateUnit.Week, 1)))
            .Concat(lexicon.MonthUnits.Select(form => (form, DateUnit.Month, 1)))
            .Concat(lexicon.YearUnits.Select(form => (form, DateUnit.Year, 1)))
            .Concat(lexicon.CountedUnits.Select(counted => (counted.Form, counted.Unit, counted.Count)))
            .DistinctBy(entry => Key(entry.Item1), StringComparer.Ordinal)
            .ToFrozenDictionary(entry => Key(entry.Item1), entry => (entry.Item2, entry.Item3), StringComparer.Ordinal);
    }

    public IReadOnlyList<DateMatch> Recognize(string text, DateOnly reference)
    {
        var folded = DateTextFolder.Fold(text);
        List<DateMatch>? found = null;
        var value = folded.Value;
        var position = 0;
        while (position < value.Length)
        {
            if (!IsWordStart(value, position))
            {
                position++;
                continue;
            }

            var match = pattern.Match(value, position);
            if (!match.Success || match.Length == 0)
            {
                position++;
                continue;
            }

            // A rejected match (invalid date, bare ambiguous word) hides nothing inside it.
            position = match.Index + match.Length;
            if (Interpret(match, value, reference) is not { } resolved)
            {
                continue;
            }

            var (start, length) = folded.ToOriginal(match.Index, match.Length);
            (found ??= []).Add(new DateMatch(text.Substring(start, length), start, length, resolved.Future, resolved.Past, resolved.Kind));
        }

        return found ?? (IReadOnlyList<DateMatch>)[];
    }

    private Resolution? Interpret(Match match, string folded, DateOnly reference)
    {
        var groups = match.Groups;
        if (groups["kblock"].Success)
        {
            return null;
        }

        if (groups["kasap"].Success)
        {
            return Resolution.Same(reference, DateGranularity.Day, DateExpressionKind.AsSoonAsPossible);
        }

        if (groups["kiso"].Success || groups["knumeric"].Success)
        {
            return Numeric(groups, reference);
        }

        if (groups["kdaymonth"].Success || groups["kmonthday"].Success)
        {
            return DayAndMonth(groups, reference);
        }

        if (groups["klater"].Success || groups["kago"].Success)
        {
            return Span(groups, reference, groups["kago"].Success ? -1 : 1);
        }

        if (groups["kmonthend"].Success)
        {
            return Relative(new DateOnly(reference.Year, reference.Month, DateTime.DaysInMonth(reference.Year, reference.Month)), DateGranularity.Day);
        }

        if (groups["kweek"].Success)
        {
            return Relative(DateCalendar.MondayOfWeek(reference, weekOffsets[Key(match.Value)]), DateGranularity.Day);
        }

        if (groups["kmonthoffset"].Success)
        {
            return Relative(DateCalendar.FirstOfMonth(reference, monthOffsets[Key(match.Value)]), DateGranularity.Month);
        }

        if (groups["kdayoffset"].Success)
        {
            return Relative(DateCalendar.AddDays(reference, dayOffsets[Key(match.Value)]), DateGranularity.Day);
        }

        return MonthAlone(match, folded, reference);
    }

    private static Resolution? Numeric(GroupCollection groups, DateOnly reference)
    {
        var day = Number(groups["day"]);
        var month = Number(groups["month"]);
        var year = groups["year"];
        if (!year.Success)
        {
            return DayMonthWithoutYear(month, day, reference, DateExpressionKind.Numeric);
        }

        if (year.Length == 2)
        {
            return DateCalendar.TwoDigitYear(Number(year), month, day, reference) is var (future, past)
                ? new Resolution(new DateValue(future, DateGranularity.Day), new DateValue(past, DateGranularity.Day), DateExpressionKind.Numeric)
                : null;
        }

        return DateCalendar.Create(Number(year), month, day) is { } date
            ? Resolution.Same(date, DateGranularity.Day, DateExpressionKind.Numeric)
            : null;
    }

    private Resolution? DayAndMonth(GroupCollection groups, DateOnly reference)
    {
        if (MonthOf(groups) is not { } month)
        {
            return null;
        }

        var day = groups["dayword"].Success ? dayWords[Key(groups["dayword"].Value)] : Number(groups["day"]);
        if (groups["year"].Success)
        {
            return DateCalendar.Create(Number(groups["year"]), month, day) is { } date
                ? Resolution.Same(date, DateGranularity.Day, DateExpressionKind.DayMonthYear)
                : null;
        }

        if (groups["postmod"].Success)
        {
            var modifier = modifiersAfter[Key(groups["postmod"].Value)];
            return DateCalendar.DayWithModifier(modifier, month, day, reference) is { } date
                ? Resolution.Same(date, DateGranularity.Day, DateExpressionKind.Relative)
                : null;
        }

        return DayMonthWithoutYear(month, day, reference, DateExpressionKind.DayMonth);
    }

    private static Resolution? DayMonthWithoutYear(int month, int day, DateOnly reference, DateExpressionKind kind)
    {
        if (!DateCalendar.ExistsInSomeYear(month, day)
            || DateCalendar.Next(month, day, reference, strict: false) is not { } future
            || DateCalendar.Previous(month, day, reference, strict: false) is not { } past)
        {
            return null;
        }

        return new Resolution(new DateValue(future, DateGranularity.Day), new DateValue(past, DateGranularity.Day), kind);
    }

    private Resolution? Span(GroupCollection groups, DateOnly reference, int direction)
    {
        var (unit, unitCount) = units[Key(groups["unit"].Value)];
        var count = groups["num"].Success ? Number(groups["num"])
            : groups["numword"].Success ? numberWords[Key(groups["numword"].Value)]
            : 1;
        return Relative(DateCalendar.Add(reference, unit, direction * count * unitCount), DateGranularity.Day);
    }

    private Resolution? MonthAlone(Match match, string folded, DateOnly reference)
    {
        var groups = match.Groups;
        if (MonthOf(groups) is not { } month)
        {
            return null;
        }

        if (groups["year"].Success)
        {
            return DateCalendar.Create(Number(groups["year"]), month, 1) is { } date
                ? Resolution.Same(date, DateGranularity.Month, DateExpressionKind.MonthYear)
                : null;
        }

        var modifier = groups["premod"].Success ? modifiersBefore[Key(groups["premod"].Value)]
            : groups["postmod"].Success ? modifiersAfter[Key(groups["postmod"].Value)]
            : (MonthModifier?)null;
        if (modifier is { } pinned)
        {
            return Resolution.Same(new DateOnly(DateCalendar.YearOfMonth(pinned, month, reference), month, 1), DateGranularity.Month, DateExpressionKind.Relative);
        }

        var name = Key(groups["month"].Value);
        if (abbreviations.Contains(name))
        {
            return null;
        }

        var suffix = groups["msuffix"];
        var setOff = groups["mprefix"].Success || (suffix.Success && suffix.Value.AsSpan().IndexOfAny('\'', ' ') >= 0);
        if (ambiguousMonths.Contains(name) && !setOff && !monthContextWords.Contains(PreviousWord(folded, match.Index)))
        {
            return null;
        }

        var future = new DateOnly(DateCalendar.FutureYearOfMonth(month, reference), month, 1);
        var past = new DateOnly(DateCalendar.PastYearOfMonth(month, reference), month, 1);
        return new Resolution(new DateValue(future, DateGranularity.Month), new DateValue(past, DateGranularity.Month), DateExpressionKind.Month);
    }

    /// <summary>The month number; a second, bracketed name ("آذار/مارس") must name the same month.</summary>
    private int? MonthOf(GroupCollection groups)
    {
        var month = months[Key(groups["month"].Value)];
        return !groups["month2"].Success || months[Key(groups["month2"].Value)] == month ? month : null;
    }

    private static Resolution? Relative(DateOnly? date, DateGranularity granularity) =>
        date is { } resolved ? Resolution.Same(resolved, granularity, DateExpressionKind.Relative) : null;

    /// <summary>Where a regex \w run begins; every date construction starts there.</summary>
    private static bool IsWordStart(string text, int index) =>
        IsWordCharacter(text[index]) && (index == 0 || !IsWordCharacter(text[index - 1]));

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.SpacingCombiningMark;

    private static string PreviousWord(string folded, int index)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(folded[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetterOrDigit(folded[start - 1]))
        {
            start--;
        }

        return folded[start..end];
    }

    private static int Number(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The lookup key of a phrase: folded, without the spaces, hyphens, apostrophes and dots the pattern tolerates.</summary>
    private static string Key(string phrase)
    {
        var folded = DateTextFolder.FoldPhrase(phrase);
        return string.Create(folded.Length - folded.AsSpan().Count(' ') - folded.AsSpan().Count('-') - folded.AsSpan().Count('\'') - folded.AsSpan().Count('.'), folded, static (destination, source) =>
        {
            var length = 0;
            foreach (var c in source)
            {
                if (c is not (' ' or '-' or '\'' or '.'))
                {
                    destination[length++] = c;
                }
            }
        });
    }

    private static FrozenDictionary<string, TValue> ToTable<TValue>(Dictionary<string, TValue> entries) =>
        entries.DistinctBy(entry => Key(entry.Key), StringComparer.Ordinal)
            .ToFrozenDictionary(entry => Key(entry.Key), entry => entry.Value, StringComparer.Ordinal);

    private readonly record struct Resolution(DateValue Future, DateValue Past, DateExpressionKind Kind)
    {
        public static Resolution Same(DateOnly date, DateGranularity granularity, DateExpressionKind kind) =>
            new(new DateValue(date, granularity), new DateValue(date, granularity), kind);
    }
}
