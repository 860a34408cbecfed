using KitaBot.Storage.Catalog.Loading;
using KitaBot.Storage.Catalog.Model;
using KitaBot.Storage.Catalog;

namespace KitaBot.Storage.Tests.Catalog;

public sealed class FacilityDirectoryTests
{
    private static readonly GeoPoint WerlMarket = new(51.5505, 7.9204);

    private readonly LoadedCatalog loaded = CatalogLoader.Load(dataDirectory: null);

    private IFacilityDirectory Directory => loaded.Facilities;

    [Fact]
    public void Searching_a_town_returns_only_its_facilities()
    {
        var results = Directory.Search(new FacilityQuery { TownId = "werl" });

        Assert.NotEmpty(results);
        Assert.All(results, result => Assert.Equal("werl", result.Facility.TownId));
        Assert.All(results, result => Assert.Null(result.DistanceKm));
        Assert.Empty(Directory.Search(new FacilityQuery { TownId = "no-such-town" }));
    }

    [Fact]
    public void Searching_an_ortsteil_ignores_case_and_accents()
    {
        var inTown = Directory.Search(new FacilityQuery { TownId = "hoerstel" });
        var ortsteil = inTown[0].Facility.Ortsteil;

        var results = Directory.Search(new FacilityQuery { TownId = "hoerstel", Ortsteil = ortsteil.ToUpperInvariant().Replace("Ö", "OE", StringComparison.Ordinal) });

        Assert.NotEmpty(results);
        Assert.All(results, result => Assert.Equal(ortsteil, result.Facility.Ortsteil));
    }

    [Fact]
    public void Results_from_an_origin_carry_haversine_distances_sorted_nearest_first()
    {
        var results = Directory.Search(new FacilityQuery { Origin = WerlMarket, MaxDistanceKm = 10 });

        Assert.NotEmpty(results);
        Assert.All(results, result => Assert.InRange(result.DistanceKm!.Value, 0, 10));
        Assert.Equal(results.Select(result => result.DistanceKm).Order(), results.Select(result => result.DistanceKm));
        Assert.All(results, result => Assert.Equal(result.Facility.Location.DistanceKmTo(WerlMarket), result.DistanceKm));
        Assert.Contains(results, result => result.Facility.TownId == "werl");
        Assert.DoesNotContain(results, result => result.Facility.TownId == "rheine");
    }

    [Fact]
    public void Age_at_start_filters_by_the_facility_age_range()
    {
        var results = Directory.Search(new FacilityQuery { ChildAgeInMonths = 8 });

        Assert.NotEmpty(results);
        Assert.All(results, result => Assert.InRange(8, result.Facility.AgeFromMonths, result.Facility.AgeToMonths - 1));
        Assert.Contains(Directory.All, facility => facility.AgeFromMonths > 8);
        Assert.True(results.Count < Directory.All.Length);
    }

    [Fact]
    public void Hours_inclusion_and_staff_language_filter_together()
    {
        var results = Directory.Search(new FacilityQuery { WeeklyHours = 45, NeedsInclusivePlace = true, StaffLanguage = "tr-TR" });

        Assert.NotEmpty(results);
        Assert.All(results, result =>
        {
            Assert.Contains(45, result.Facility.Hours);
            Assert.True(result.Facility.InclusivePlaces > 0);
            Assert.Contains("tr", result.Facility.StaffLanguages);
        });
        var expected = Directory.All.Count(facility => facility.Offers(45) && facility.HasInclusivePlaces && facility.StaffSpeaks("tr"));
        Assert.Equal(expected, results.Count);
    }

    [Fact]
    public void A_query_for_the_registration_dialog_combines_every_criterion_and_limit()
    {
        var birth = new DateOnly(2024, 3, 15);
        var start = new DateOnly(2026, 8, 1);

        var results = Directory.Search(new FacilityQuery
        {
            TownId = "werl",
            Origin = WerlMarket,
            ChildAgeInMonths = ChildAge.InMonths(birth, start),
            WeeklyHours = 35,
            Limit = 2,
        });

        Assert.InRange(results.Count, 1, 2);
        Assert.All(results, result => Assert.True(result.Facility.AcceptsAgeInMonths(28) && result.Facility.Offers(35)));
    }

    [Fact]
    public void Find_returns_a_facility_by_id()
    {
        var any = Directory.All[0];

        Assert.Same(any, Directory.Find(any.Id));
        Assert.Null(Directory.Find("missing"));
    }
}
