namespace KitaBot.Dialogs.Registration.Rules;

/// <summary>Age arithmetic in whole months and years, as the entitlement rules count it (SGB VIII § 24).</summary>
public static class ChildAge
{
    public static int MonthsOn(DateOnly birth, DateOnly day)
    {
        var months = ((day.Year - birth.Year) * 12) + day.Month - birth.Month;
        return day.Day < birth.Day ? months - 1 : months;
    }

    public static int YearsOn(DateOnly birth, DateOnly day) => MonthsOn(birth, day) / 12;
}
