using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Storage.Catalog;

/// <summary>Search criteria; every null criterion is ignored.</summary>
public sealed record FacilityQuery
{
    public string? TownId { get; init; }

    /// <summary>Only facilities in this Ortsteil (accent- and case-insensitive).</summary>
    public string? Ortsteil { get; init; }

    /// <summary>The family's home; results carry their distance from it.</summary>
    public GeoPoint? Origin { get; init; }

    /// <summary>Only facilities within this many kilometres of <see cref="Origin"/>.</summary>
    public double? MaxDistanceKm { get; init; }

    /// <summary>The child's age at the desired start date, see <see cref="ChildAge.InMonths"/>.</summary>
    public int? ChildAgeInMonths { get; init; }

    /// <summary>The requested weekly hours (25, 35 or 45).</summary>
    public int? WeeklyHours { get; init; }

    public bool NeedsInclusivePlace { get; init; }

    /// <summary>A language the staff should speak: "tr", "tr-TR" or "uk".</summary>
    public string? StaffLanguage { get; init; }

    public int? Limit { get; init; }
}
