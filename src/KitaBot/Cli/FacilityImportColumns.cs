namespace KitaBot.Cli;

/// <summary>The CSV columns of the facility import (docs/data.md); header names are matched case-insensitively.</summary>
internal static class FacilityImportColumns
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Provider = "provider";
    public const string ProviderType = "providerType";
    public const string Town = "town";
    public const string Ortsteil = "ortsteil";
    public const string Street = "street";
    public const string Postcode = "postcode";
    public const string Latitude = "latitude";
    public const string Longitude = "longitude";
    public const string AgeFromMonths = "ageFromMonths";
    public const string AgeToMonths = "ageToMonths";
    public const string Hours = "hours";
    public const string InclusivePlaces = "inclusivePlaces";
    public const string StaffLanguages = "staffLanguages";
    public const string ProfileDe = "profileDe";
    public const string ProfileEn = "profileEn";
    public const string Source = "source";

    public static IReadOnlyList<string> Required { get; } =
    [
        Name, Provider, ProviderType, Town, Ortsteil, Street, Postcode, Latitude, Longitude,
        AgeFromMonths, AgeToMonths, Hours, StaffLanguages, ProfileDe, Source,
    ];
}
