namespace KitaBot.Storage.Catalog.Model;

/// <summary>Age arithmetic for matching children to facilities.</summary>
public static class ChildAge
{
    /// <summary>
    /// Completed months between birth (or due date) and a day: born 15 Mar, the child is 4 months old on 15 Jul and
    /// 3 on 14 Jul; born 31 Jan, it is 1 month old on 28 Feb. Negative when the day is before the birth.
    /// </summary>
    public static int InMonths(DateOnly birth, DateOnly on)
    {
        if (on < birth)
        {
            return -InMonths(on, birth);
        }

        var months = ((on.Year - birth.Year) * 12) + on.Month - birth.Month;
        var isLastDayOfMonth = on.Day == DateTime.DaysInMonth(on.Year, on.Month);
        return on.Day < birth.Day && !isLastDayOfMonth ? months - 1 : months;
    }
}
