namespace KitaBot.Dialogs.Recognizers.Dates;

/// <summary>A word that pins a month name to one year: "next August", "août dernier", "im August nächsten Jahres".</summary>
internal enum MonthModifier
{
    /// <summary>The first such month (or day) strictly after the reference.</summary>
    Next,

    /// <summary>In the reference year.</summary>
    This,

    /// <summary>The last such month (or day) strictly before the reference.</summary>
    Last,

    /// <summary>In the year after the reference year.</summary>
    NextYear,

    /// <summary>In the reference year, said as "of this year".</summary>
    ThisYear,

    /// <summary>In the year before the reference year.</summary>
    LastYear,
}
