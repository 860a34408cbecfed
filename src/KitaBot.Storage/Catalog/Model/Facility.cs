using System.Collections.Immutable;

namespace KitaBot.Storage.Catalog.Model;

/// <summary>
/// A Kita. Ages are in months: a child fits when <see cref="AgeFromMonths"/> &lt;= age &lt; <see cref="AgeToMonths"/>
/// (72 = school entry). <see cref="Hours"/> is a subset of 25/35/45. <see cref="StaffLanguages"/> are ISO 639 codes.
/// </summary>
public sealed record Facility(
    string Id,
    string Name,
    FacilityProvider Provider,
    string TownId,
    string Ortsteil,
    string Street,
    string Postcode,
    GeoPoint Location,
    int AgeFromMonths,
    int AgeToMonths,
    ImmutableArray<int> Hours,
    int InclusivePlaces,
    ImmutableArray<string> StaffLanguages,
    string ProfileDe,
    string? ProfileEn,
    bool Fictional,
    string Source)
{
    public bool AcceptsAgeInMonths(int ageInMonths) => ageInMonths >= AgeFromMonths && ageInMonths < AgeToMonths;

    public bool Offers(int weeklyHours) => Hours.Contains(weeklyHours);

    public bool HasInclusivePlaces => InclusivePlaces > 0;

    public bool StaffSpeaks(string languageCode) => StaffLanguages.Contains(languageCode, StringComparer.OrdinalIgnoreCase);
}
