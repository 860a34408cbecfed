namespace KitaBot.Dialogs.Engine;

/// <summary>German deadlines and ages count in German days, so "today" is always taken in Europe/Berlin.</summary>
public static class BerlinClock
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateOnly Today(TimeProvider timeProvider) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), Berlin).DateTime);
}
