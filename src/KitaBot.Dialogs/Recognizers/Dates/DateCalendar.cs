namespace KitaBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Resolves calendar facts against a reference day. Every method returns null instead of throwing when the
/// date does not exist or would leave the DateOnly range.
/// </summary>
internal static class DateCalendar
{
    // 29 February recurs at most eight years apart (1896 -> 1904).
    private const int LeapSearchYears = 8;

    public static DateOnly? Create(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>Whether the day exists in the month in some year (29 February does).</summary>
    public static bool ExistsInSomeYear(int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2024, month);

    /// <summary>The first day/month on or after (strictly after when <paramref name="strict"/>) the reference.</summary>
    public static DateOnly? Next(int month, int day, DateOnly reference, bool strict)
    {
        for (var year = reference.Year; year <= reference.Year + LeapSearchYears; year++)
        {
            if (Create(year, month, day) is { } date && (date > reference || (!strict && date == reference)))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The last day/month on or before (strictly before when <paramref name="strict"/>) the reference.</summary>
    public static DateOnly? Previous(int month, int day, DateOnly reference, bool strict)
    {
        for (var year = reference.Year; year >= reference.Year - LeapSearchYears; year--)
        {
            if (Create(year, month, day) is { } date && (date < reference || (!strict && date == reference)))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// Two-digit years. Future sense: the century that puts the year nearest the reference year
    /// (window reference-50 .. reference+49). Past sense: the latest such date on or before the reference.
    /// </summary>
    public static (DateOnly Future, DateOnly Past)? TwoDigitYear(int yearOfCentury, int month, int day, DateOnly reference)
    {
        var windowStart = reference.Year - 50;
        var futureYear = windowStart + (((yearOfCentury - windowStart) % 100) + 100) % 100;
        if (Create(futureYear, month, day) is not { } future)
        {
            return null;
        }

        var pastYear = reference.Year - ((((reference.Year - yearOfCentury) % 100) + 100) % 100);
        var past = Create(pastYear, month, day);
        if (past is { } candidate && candidate > reference)
        {
            past = Create(pastYear - 100, month, day);
        }

        return past is { } found ? (future, found) : null;
    }

    public static int FutureYearOfMonth(int month, DateOnly reference) =>
        month >= reference.Month ? reference.Year : reference.Year + 1;

    public static int PastYearOfMonth(int month, DateOnly reference) =>
        month <= reference.Month ? reference.Year : reference.Year - 1;

    public static int YearOfMonth(MonthModifier modifier, int month, DateOnly reference) => modifier switch
    {
        MonthModifier.Next => month > reference.Month ? reference.Year : reference.Year + 1,
        MonthModifier.Last => month < reference.Month ? reference.Year : reference.Year - 1,
        MonthModifier.NextYear => reference.Year + 1,
        MonthModifier.LastYear => reference.Year - 1,
        _ => reference.Year,
    };

    /// <summary>The day/month pinned by a modifier: next = strictly after the reference, last = strictly before.</summary>
    public static DateOnly? DayWithModifier(MonthModifier modifier, int month, int day, DateOnly reference) => modifier switch
    {
        MonthModifier.Next => Next(month, day, reference, strict: true),
        MonthModifier.Last => Previous(month, day, reference, strict: true),
        _ => Create(YearOfMonth(modifier, month, reference), month, day),
    };

    public static DateOnly? AddDays(DateOnly date, long days)
    {
        var dayNumber = date.DayNumber + days;
        return dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber((int)dayNumber)
            : null;
    }

    public static DateOnly? AddMonths(DateOnly date, int months)
    {
        var monthIndex = ((long)date.Year * 12) + date.Month - 1 + months;
        var year = monthIndex / 12;
        if (year is < 1 or > 9999)
        {
            return null;
        }

        var month = (int)(monthIndex % 12) + 1;
        return new DateOnly((int)year, month, Math.Min(date.Day, DateTime.DaysInMonth((int)year, month)));
    }

    public static DateOnly? Add(DateOnly date, DateUnit unit, int count) => unit switch
    {
        DateUnit.Day => AddDays(date, count),
        DateUnit.Week => AddDays(date, 7L * count),
        DateUnit.Month => AddMonths(date, count),
        _ => AddMonths(date, 12 * count),
    };

    /// <summary>The Monday of the week <paramref name="weeks"/> after the reference's week (weeks start on Monday).</summary>
    public static DateOnly? MondayOfWeek(DateOnly reference, int weeks)
    {
        var daysSinceMonday = ((int)reference.DayOfWeek + 6) % 7;
        return AddDays(reference, (7L * weeks) - daysSinceMonday);
    }

    public static DateOnly? FirstOfMonth(DateOnly reference, int months) =>
        AddMonths(new DateOnly(reference.Year, reference.Month, 1), months);
}
