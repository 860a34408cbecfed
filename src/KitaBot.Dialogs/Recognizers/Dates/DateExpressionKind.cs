namespace KitaBot.Dialogs.Recognizers.Dates;

/// <summary>Which construction the user wrote; lets a dialog decide how much to trust an under-specified date.</summary>
public enum DateExpressionKind
{
    /// <summary>Digits only: 15.1.2027, 15/01/27, 15.1., 2027-01-15.</summary>
    Numeric,

    /// <summary>Day, month name and year: "15 January 2027", "March 15, 2027".</summary>
    DayMonthYear,

    /// <summary>Month name and year: "August 2026".</summary>
    MonthYear,

    /// <summary>Expressed relative to the reference day: tomorrow, in 3 weeks, next August.</summary>
    Relative,

    /// <summary>"As soon as possible" and its equivalents; resolves to the reference day.</summary>
    AsSoonAsPossible,

    /// <summary>Day and month name without a year: "15 January", "1er mars".</summary>
    DayMonth,

    /// <summary>A month name alone: "August"; resolved per sense.</summary>
    Month,
}
