namespace KitaBot.Dialogs.Registration.Rules;

/// <summary>The kita year (Kindergartenjahr) runs from 1 August to 31 July.</summary>
public readonly record struct KitaYear(int StartYear)
{
    public DateOnly Start => new(StartYear, 8, 1);

    public DateOnly End => new(StartYear + 1, 7, 31);

    public static KitaYear Containing(DateOnly day) => new(day.Month >= 8 ? day.Year : day.Year - 1);

    /// <summary>KiBiz § 5: the need should be registered six months before the start.</summary>
    public static bool IsShortNotice(DateOnly today, DateOnly start) => start < today.AddMonths(6);
}
