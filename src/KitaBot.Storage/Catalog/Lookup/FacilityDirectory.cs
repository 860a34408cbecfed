using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using KitaBot.Storage.Catalog.Loading;
using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Storage.Catalog.Lookup;

/// <summary>The immutable facility directory with an index per town.</summary>
internal sealed class FacilityDirectory : IFacilityDirectory
{
    private static readonly StringComparer GermanNameOrder = StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), ignoreCase: true);

    private readonly FrozenDictionary<string, Facility> byId;
    private readonly FrozenDictionary<string, ImmutableArray<Facility>> byTown;

    public FacilityDirectory(FacilityDataFile file, string origin, IPortalCatalog catalog)
    {
        DataVersion = file.DataVersion;
        Origin = origin;
        All = [.. file.Facilities.OrderBy(facility => facility.Name, GermanNameOrder)];
        byId = All.ToFrozenDictionary(facility => facility.Id, StringComparer.Ordinal);
        byTown = catalog.Towns.ToFrozenDictionary(
            town => town.Id,
            town => All.Where(facility => facility.TownId == town.Id).ToImmutableArray(),
            StringComparer.Ordinal);
    }

    public string DataVersion { get; }

    public string Origin { get; }

    public ImmutableArray<Facility> All { get; }

    public Facility? Find(string facilityId) => byId.GetValueOrDefault(facilityId);

    public IReadOnlyList<FacilitySearchResult> Search(FacilityQuery query)
    {
        IEnumerable<Facility> candidates = query.TownId is null ? All : byTown.GetValueOrDefault(query.TownId, []);

        if (!string.IsNullOrWhiteSpace(query.Ortsteil))
        {
            var ortsteilKey = NameKey.Of(query.Ortsteil);
            candidates = candidates.Where(facility => NameKey.Of(facility.Ortsteil) == ortsteilKey);
        }

        if (query.ChildAgeInMonths is { } age)
        {
            candidates = candidates.Where(facility => facility.AcceptsAgeInMonths(age));
        }

        if (query.WeeklyHours is { } hours)
        {
            candidates = candidates.Where(facility => facility.Offers(hours));
        }

        if (query.NeedsInclusivePlace)
        {
            candidates = candidates.Where(facility => facility.HasInclusivePlaces);
        }

        if (!string.IsNullOrWhiteSpace(query.StaffLanguage))
        {
            var language = StaffLanguage.PrimarySubtagOf(query.StaffLanguage);
            candidates = candidates.Where(facility => facility.StaffSpeaks(language));
        }

        IEnumerable<FacilitySearchResult> results;
        if (query.Origin is { } origin)
        {
            results = candidates
                .Select(facility => new FacilitySearchResult(facility, facility.Location.DistanceKmTo(origin)))
                .Where(result => query.MaxDistanceKm is null || result.DistanceKm <= query.MaxDistanceKm)
                .OrderBy(result => result.DistanceKm)
                .ThenBy(result => result.Facility.Name, GermanNameOrder);
        }
        else
        {
            results = candidates.Select(facility => new FacilitySearchResult(facility, null));
        }

        return (query.Limit is { } limit ? results.Take(limit) : results).ToList();
    }
}
