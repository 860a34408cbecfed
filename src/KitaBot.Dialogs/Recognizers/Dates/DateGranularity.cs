namespace KitaBot.Dialogs.Recognizers.Dates;

/// <summary>How precise a recognized date is.</summary>
public enum DateGranularity
{
    /// <summary>A calendar day.</summary>
    Day,

    /// <summary>A whole month; the date is then the first of that month.</summary>
    Month,
}
