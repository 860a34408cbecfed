using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using KitaBot.Storage.Catalog.Lookup;
using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Storage.Catalog.Loading;

/// <summary>
/// Checks the data files record by record. The towns file is the reference for the others, so it is checked
/// first (<see cref="ValidateTownFile"/>) and then used to build the validator for portals, facilities and
/// childminder services. The operator import uses <see cref="ValidateFacility"/> on every CSV row.
/// </summary>
public sealed partial class CatalogValidator
{
    public const int SupportedSchemaVersion = 1;

    /// <summary>Upper end of a facility's age range in months; school entry is at 72, later starters exist.</summary>
    public const int MaxAgeMonths = 84;

    /// <summary>How far from its town centre a facility may lie; the largest towns span about 15 km.</summary>
    public const double MaxKmFromTownCentre = 20;

    private static readonly ImmutableArray<int> BookableHours = [25, 35, 45];
    private static readonly ImmutableArray<string> ContactFields = ["address", "phone", "email", "website"];

    private readonly Dictionary<string, Town> townsById;
    private readonly Dictionary<string, District> districtsById;
    private readonly HashSet<string> officeIds;

    public CatalogValidator(TownDataFile towns)
    {
        townsById = new Dictionary<string, Town>(StringComparer.Ordinal);
        foreach (var town in towns.Towns.IsDefault ? [] : towns.Towns)
        {
            townsById.TryAdd(town.Id, town);
        }

        districtsById = new Dictionary<string, District>(StringComparer.Ordinal);
        foreach (var district in towns.Districts.IsDefault ? [] : towns.Districts)
        {
            districtsById.TryAdd(district.Id, district);
        }

        officeIds = new HashSet<string>(
            (towns.JugendamtOffices.IsDefault ? [] : towns.JugendamtOffices).Select(office => office.Id), StringComparer.Ordinal);
    }

    /// <summary>A record's source is a URL, a seed document ("seed: …") or a "fictional" note.</summary>
    public static bool IsCitedSource(string? source) =>
        !string.IsNullOrWhiteSpace(source)
        && (source.StartsWith("https://", StringComparison.Ordinal)
            || source.StartsWith("http://", StringComparison.Ordinal)
            || source.StartsWith("seed: ", StringComparison.Ordinal)
            || source.StartsWith("fictional", StringComparison.Ordinal));

    public static bool IsSlug(string? id) => id is not null && SlugPattern().IsMatch(id);

    public static bool IsPostcode(string? postcode) => postcode is not null && PostcodePattern().IsMatch(postcode);

    public static IReadOnlyList<CatalogProblem> ValidateTownFile(TownDataFile file)
    {
        var problems = new List<CatalogProblem>();
        CheckHeader(file.SchemaVersion, file.DataVersion, problems);
        if (file.Districts.IsDefaultOrEmpty || file.JugendamtOffices.IsDefaultOrEmpty || file.Towns.IsDefaultOrEmpty)
        {
            problems.Add(new(null, "districts, jugendamtOffices and towns must not be empty"));
            return problems;
        }

        var districts = new Dictionary<string, District>(StringComparer.Ordinal);
        foreach (var district in file.Districts)
        {
            Check(problems, district.Id, IsSlug(district.Id), "id must be a lower-case slug");
            Check(problems, district.Id, districts.TryAdd(district.Id, district), "duplicate district id");
            Check(problems, district.Id, !string.IsNullOrWhiteSpace(district.Name), "name is empty");
            var box = district.BoundingBox;
            Check(problems, district.Id, box.MinLat < box.MaxLat && box.MinLon < box.MaxLon, "bounding box is empty");
            Check(problems, district.Id, IsCitedSource(district.Source), "source is missing");
        }

        var offices = new HashSet<string>(StringComparer.Ordinal);
        foreach (var office in file.JugendamtOffices)
        {
            Check(problems, office.Id, IsSlug(office.Id), "id must be a lower-case slug");
            Check(problems, office.Id, offices.Add(office.Id), "duplicate office id");
            Check(problems, office.Id, !string.IsNullOrWhiteSpace(office.Name), "name is empty");
            Check(problems, office.Id, Enum.IsDefined(office.Kind), "kind must be district or municipal");
            Check(problems, office.Id, IsPostcode(office.Address.Postcode) && !string.IsNullOrWhiteSpace(office.Address.Street)
                && !string.IsNullOrWhiteSpace(office.Address.Town), "address needs street, 5-digit postcode and town");
            Check(problems, office.Id, office.Phone is not null || office.Email is not null || office.Website is not null,
                "needs a phone number, e-mail address or website");
            Check(problems, office.Id, !office.Unverified.IsDefault && office.Unverified.All(field => ContactFields.Contains(field)),
                "unverified may only name address, phone, email or website");
            CheckSources(problems, office.Id, office.Sources);
        }

        foreach (var district in file.Districts)
        {
            Check(problems, district.Id, offices.Contains(district.KreisjugendamtId), $"unknown Kreisjugendamt '{district.KreisjugendamtId}'");
        }

        var townIds = new HashSet<string>(StringComparer.Ordinal);
        var nameKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var town in file.Towns)
        {
            Check(problems, town.Id, IsSlug(town.Id), "id must be a lower-case slug");
            Check(problems, town.Id, townIds.Add(town.Id), "duplicate town id");
            Check(problems, town.Id, !string.IsNullOrWhiteSpace(town.Name), "name is empty");
            foreach (var name in town.Aliases.IsDefault ? [town.Name] : town.Aliases.Prepend(town.Name))
            {
                var key = NameKey.Of(name);
                Check(problems, town.Id, key.Length > 0 && nameKeys.TryAdd(key, town.Id) || nameKeys.GetValueOrDefault(key) == town.Id,
                    $"name or alias '{name}' is empty or already used by town '{nameKeys.GetValueOrDefault(key)}'");
            }

            Check(problems, town.Id, !town.Postcodes.IsDefaultOrEmpty && town.Postcodes.All(IsPostcode), "postcodes must be 5-digit PLZ");
            Check(problems, town.Id, !town.Ortsteile.IsDefaultOrEmpty, "ortsteile must not be empty");
            if (!town.Ortsteile.IsDefaultOrEmpty)
            {
                var ortsteilKeys = new HashSet<string>(StringComparer.Ordinal);
                foreach (var ortsteil in town.Ortsteile)
                {
                    Check(problems, town.Id, !string.IsNullOrWhiteSpace(ortsteil.Name) && !ortsteil.Aliases.IsDefault, "an Ortsteil has no name");
                    Check(problems, town.Id, ortsteilKeys.Add(NameKey.Of(ortsteil.Name)), $"duplicate Ortsteil '{ortsteil.Name}'");
                }
            }

            Check(problems, town.Id, !string.IsNullOrWhiteSpace(town.OrtsteileSource), "ortsteileSource is missing");
            Check(problems, town.Id, offices.Contains(town.JugendamtId), $"unknown Jugendamt '{town.JugendamtId}'");
            Check(problems, town.Id, (town.PortalId is null) == (town.OwnProcedure is not null),
                "a town has either a portalId or an ownProcedure, not both or neither");
            if (town.OwnProcedure is { } own)
            {
                Check(problems, town.Id, !string.IsNullOrWhiteSpace(own.Summary) && IsCitedSource(own.Source), "ownProcedure needs a summary and a source");
            }

            if (districts.TryGetValue(town.DistrictId, out var townDistrict))
            {
                Check(problems, town.Id, town.Centre.IsValid && townDistrict.BoundingBox.Contains(town.Centre), "centre lies outside the district's bounding box");
            }
            else
            {
                problems.Add(new(town.Id, $"unknown district '{town.DistrictId}'"));
            }

            CheckNotes(problems, town.Id, town.Notes);
            CheckSources(problems, town.Id, town.Sources);
        }

        return problems;
    }

    public IReadOnlyList<CatalogProblem> ValidatePortals(PortalDataFile file)
    {
        var problems = new List<CatalogProblem>();
        CheckHeader(file.SchemaVersion, file.DataVersion, problems);
        if (file.Portals.IsDefaultOrEmpty)
        {
            problems.Add(new(null, "portals must not be empty"));
            return problems;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var portal in file.Portals)
        {
            Check(problems, portal.Id, IsSlug(portal.Id) && ids.Add(portal.Id), "id must be a unique lower-case slug");
            Check(problems, portal.Id, !string.IsNullOrWhiteSpace(portal.Name), "name is empty");
            Check(problems, portal.Id, portal.Url.StartsWith("https://", StringComparison.Ordinal), "url must be https");
            Check(problems, portal.Id, districtsById.ContainsKey(portal.DistrictId), $"unknown district '{portal.DistrictId}'");
            Check(problems, portal.Id, officeIds.Contains(portal.JugendamtId), $"unknown Jugendamt '{portal.JugendamtId}'");
            Check(problems, portal.Id, portal.Choices.MaxChoices is null or > 0, "maxChoices must be positive or null (unlimited)");
            Check(problems, portal.Id, IsCitedSource(portal.Choices.Source), "choices need a source");
            if (portal.DeclarationFor45Hours is { } declaration)
            {
                CheckNotes(problems, portal.Id, [declaration]);
            }

            Check(problems, portal.Id, !portal.Helpdesk.IsDefaultOrEmpty, "helpdesk must not be empty");
            foreach (var contact in portal.Helpdesk.IsDefault ? [] : portal.Helpdesk)
            {
                Check(problems, portal.Id, Enum.IsDefined(contact.Topic) && (contact.Phone is not null || contact.Email is not null)
                    && IsCitedSource(contact.Source), $"helpdesk '{contact.Name}' needs a topic, a phone or e-mail and a source");
            }

            Check(problems, portal.Id, !portal.Calendars.IsDefaultOrEmpty, "calendars must not be empty");
            var years = new HashSet<KitaYear>();
            foreach (var calendar in portal.Calendars.IsDefault ? [] : portal.Calendars)
            {
                var record = $"{portal.Id} {calendar.KitaYear}";
                Check(problems, record, years.Add(calendar.KitaYear), "duplicate Kita year");
                Check(problems, record, calendar.Opens < calendar.SoftDeadline && calendar.SoftDeadline < calendar.KitaYear.Start,
                    "opens must come before the deadline, and both before the Kita year starts");
                Check(problems, record, calendar.ReviewFrom is null || calendar.ReviewUntil is null || calendar.ReviewFrom <= calendar.ReviewUntil,
                    "review window ends before it starts");
                Check(problems, record, calendar.OffersFrom is null || calendar.OffersFrom > calendar.SoftDeadline, "offers start before the deadline");
                Check(problems, record, calendar.DecisionWindowDays is null or > 0, "decisionWindowDays must be positive");
                Check(problems, record, IsCitedSource(calendar.Source), "source is missing");
            }

            CheckNotes(problems, portal.Id, portal.Notes);
            CheckSources(problems, portal.Id, portal.Sources);
        }

        foreach (var town in townsById.Values.Where(town => town.PortalId is not null && !ids.Contains(town.PortalId)))
        {
            problems.Add(new(town.Id, $"towns.json names unknown portal '{town.PortalId}'"));
        }

        return problems;
    }

    public IReadOnlyList<CatalogProblem> ValidateChildminders(ChildminderDataFile file)
    {
        var problems = new List<CatalogProblem>();
        CheckHeader(file.SchemaVersion, file.DataVersion, problems);
        if (file.ChildminderServices.IsDefaultOrEmpty)
        {
            problems.Add(new(null, "childminderServices must not be empty"));
            return problems;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var coveredBy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var service in file.ChildminderServices)
        {
            Check(problems, service.Id, IsSlug(service.Id) && ids.Add(service.Id), "id must be a unique lower-case slug");
            Check(problems, service.Id, !string.IsNullOrWhiteSpace(service.Name) && !string.IsNullOrWhiteSpace(service.Provider), "name and provider are required");
            Check(problems, service.Id, service.Phone is not null || service.Email is not null, "needs a phone number or e-mail address");
            Check(problems, service.Id, IsPostcode(service.Address.Postcode), "address postcode must be a 5-digit PLZ");
            Check(problems, service.Id, IsCitedSource(service.Source) && (!service.Fictional || service.Source.StartsWith("fictional", StringComparison.Ordinal)),
                "source is missing, or a fictional record does not say so in its source");
            foreach (var townId in service.TownIds.IsDefault ? [] : service.TownIds)
            {
                Check(problems, service.Id, townsById.ContainsKey(townId), $"unknown town '{townId}'");
                Check(problems, service.Id, coveredBy.TryAdd(townId, service.Id), $"town '{townId}' is already covered by '{coveredBy.GetValueOrDefault(townId)}'");
            }
        }

        foreach (var town in townsById.Values.Where(town => !coveredBy.ContainsKey(town.Id)))
        {
            problems.Add(new(town.Id, "no childminder service covers this town"));
        }

        return problems;
    }

    public IReadOnlyList<CatalogProblem> ValidateFacilities(FacilityDataFile file)
    {
        var problems = new List<CatalogProblem>();
        CheckHeader(file.SchemaVersion, file.DataVersion, problems);
        if (file.Facilities.IsDefaultOrEmpty)
        {
            problems.Add(new(null, "facilities must not be empty"));
            return problems;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var facility in file.Facilities)
        {
            if (!ids.Add(facility.Id))
            {
                problems.Add(new(facility.Id, "duplicate facility id"));
            }

            problems.AddRange(ValidateFacility(facility).Select(message => new CatalogProblem(facility.Id, message)));
        }

        return problems;
    }

    /// <summary>Every problem of one facility, in plain words; empty when it is valid.</summary>
    public IReadOnlyList<string> ValidateFacility(Facility facility)
    {
        var problems = new List<string>();
        void Require(bool condition, string message)
        {
            if (!condition)
            {
                problems.Add(message);
            }
        }

        Require(IsSlug(facility.Id), "id must be a lower-case slug (letters, digits, hyphens)");
        Require(!string.IsNullOrWhiteSpace(facility.Name), "name is empty");
        Require(!string.IsNullOrWhiteSpace(facility.Provider.Name), "provider is empty");
        Require(Enum.IsDefined(facility.Provider.Type), "provider type is unknown");
        Require(!string.IsNullOrWhiteSpace(facility.Street), "street is empty");
        Require(!string.IsNullOrWhiteSpace(facility.ProfileDe), "German profile is empty");
        Require(IsCitedSource(facility.Source), "source must be a URL, \"seed: …\" or a \"fictional\" note");
        Require(!facility.Fictional || facility.Source.StartsWith("fictional", StringComparison.Ordinal), "a fictional facility must say so in its source");

        if (townsById.TryGetValue(facility.TownId, out var town))
        {
            Require(town.HasPostcode(facility.Postcode), $"postcode {facility.Postcode} does not belong to {town.Name} ({string.Join(", ", town.Postcodes)})");
            Require(IsKnownOrtsteil(town, facility.Ortsteil), $"Ortsteil '{facility.Ortsteil}' is not an Ortsteil of {town.Name}");
            var district = districtsById.GetValueOrDefault(town.DistrictId);
            Require(facility.Location.IsValid && district is not null && district.BoundingBox.Contains(facility.Location),
                "coordinates lie outside the district");
            Require(!facility.Location.IsValid || facility.Location.DistanceKmTo(town.Centre) <= MaxKmFromTownCentre,
                string.Create(CultureInfo.InvariantCulture, $"coordinates are more than {MaxKmFromTownCentre} km from the centre of {town.Name}"));
        }
        else
        {
            problems.Add($"unknown town '{facility.TownId}'");
        }

        Require(facility.AgeFromMonths >= 0 && facility.AgeFromMonths < facility.AgeToMonths && facility.AgeToMonths <= MaxAgeMonths,
            string.Create(CultureInfo.InvariantCulture, $"age range must satisfy 0 <= from < to <= {MaxAgeMonths} months"));
        Require(!facility.Hours.IsDefaultOrEmpty && facility.Hours.All(BookableHours.Contains) && facility.Hours.Distinct().Count() == facility.Hours.Length,
            "hours must be a non-empty subset of 25, 35, 45");
        Require(facility.InclusivePlaces >= 0, "inclusive places must not be negative");
        Require(!facility.StaffLanguages.IsDefaultOrEmpty, "staff languages must not be empty");
        foreach (var code in facility.StaffLanguages.IsDefault ? [] : facility.StaffLanguages.Where(code => !StaffLanguage.IsKnown(code)))
        {
            problems.Add($"unknown staff language '{code}' (use ISO 639 codes such as de, tr, ar, uk)");
        }

        return problems;
    }

    private static bool IsKnownOrtsteil(Town town, string ortsteil)
    {
        if (string.IsNullOrWhiteSpace(ortsteil))
        {
            return false;
        }

        var key = NameKey.Of(ortsteil);
        return !town.OrtsteileComplete
            || town.Ortsteile.Any(known => NameKey.Of(known.Name) == key || known.Aliases.Any(alias => NameKey.Of(alias) == key));
    }

    private static void CheckHeader(int schemaVersion, string dataVersion, List<CatalogProblem> problems)
    {
        Check(problems, null, schemaVersion == SupportedSchemaVersion,
            string.Create(CultureInfo.InvariantCulture, $"schemaVersion {schemaVersion} is not supported (expected {SupportedSchemaVersion})"));
        Check(problems, null, !string.IsNullOrWhiteSpace(dataVersion), "dataVersion is empty");
    }

    private static void CheckSources(List<CatalogProblem> problems, string recordId, ImmutableArray<string> sources) =>
        Check(problems, recordId, !sources.IsDefaultOrEmpty && sources.All(IsCitedSource), "sources are missing or not a URL/seed/fictional note");

    private static void CheckNotes(List<CatalogProblem> problems, string recordId, ImmutableArray<SourcedNote> notes) =>
        Check(problems, recordId, !notes.IsDefault && notes.All(note => !string.IsNullOrWhiteSpace(note.Text) && IsCitedSource(note.Source)),
            "every note needs a text and a source");

    private static void Check(List<CatalogProblem> problems, string? recordId, bool condition, string message)
    {
        if (!condition)
        {
            problems.Add(new(recordId, message));
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex PostcodePattern();
}
