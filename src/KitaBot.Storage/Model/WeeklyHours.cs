namespace KitaBot.Storage.Model;

/// <summary>Betreuungsumfang: the weekly hours NRW funds.</summary>
public enum WeeklyHours
{
    /// <summary>25 hours a week.</summary>
    Hours25 = 25,

    /// <summary>35 hours a week, in a block or split (see <see cref="HoursPattern"/>).</summary>
    Hours35 = 35,

    /// <summary>45 hours a week.</summary>
    Hours45 = 45,
}
