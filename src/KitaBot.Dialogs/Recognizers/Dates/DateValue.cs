using System.Globalization;

namespace KitaBot.Dialogs.Recognizers.Dates;

/// <summary>One resolution of a date expression. For <see cref="DateGranularity.Month"/> the date is the 1st.</summary>
public readonly record struct DateValue(DateOnly Date, DateGranularity Granularity)
{
    /// <summary>"YYYY-MM-DD" for a day, "YYYY-MM" for a month, in the invariant culture.</summary>
    public override string ToString() =>
        Date.ToString(Granularity == DateGranularity.Month ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
