namespace KitaBot.Dialogs.Recognizers.Dates;

/// <summary>The unit of a relative span such as "in 3 weeks".</summary>
internal enum DateUnit
{
    Day,
    Week,
    Month,
    Year,
}
