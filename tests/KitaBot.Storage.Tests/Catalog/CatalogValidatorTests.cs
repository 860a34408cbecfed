using KitaBot.Storage.Catalog.Loading;
using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Storage.Tests.Catalog;

public sealed class CatalogValidatorTests
{
    private readonly CatalogValidator validator = new(CatalogLoader.LoadShippedTowns());
    private readonly Facility valid = CatalogLoader.LoadShippedFacilities().Facilities.First(facility => facility.TownId == "werl");

    [Fact]
    public void A_shipped_facility_is_valid()
    {
        Assert.Empty(validator.ValidateFacility(valid));
    }

    [Fact]
    public void Reports_every_problem_of_a_facility_in_plain_words()
    {
        var broken = valid with
        {
            Id = "Not A Slug",
            Postcode = "48431",
            Ortsteil = "Atlantis",
            Location = new GeoPoint(52.28, 7.43),
            AgeFromMonths = 40,
            AgeToMonths = 30,
            Hours = [20, 35],
            StaffLanguages = ["de", "klingon"],
            Source = "",
        };

        var problems = validator.ValidateFacility(broken);

        Assert.Contains(problems, problem => problem.StartsWith("id must be", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.StartsWith("postcode 48431 does not belong to Werl", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("Atlantis", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.StartsWith("coordinates lie outside the district", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.StartsWith("age range", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.StartsWith("hours must be", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("'klingon'", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.StartsWith("source must be", StringComparison.Ordinal));
    }

    [Fact]
    public void Coordinates_far_from_the_town_are_rejected_even_inside_the_district()
    {
        var inRuethen = valid with { Location = new GeoPoint(51.49, 8.48) };

        Assert.Contains(validator.ValidateFacility(inRuethen), problem => problem.Contains("km from the centre of Werl", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_ids_in_a_facility_file_are_reported()
    {
        var problems = validator.ValidateFacilities(new FacilityDataFile(1, "test", [valid, valid]));

        Assert.Equal(valid.Id, Assert.Single(problems).RecordId);
    }

    [Fact]
    public void A_broken_town_file_is_reported_per_record()
    {
        var towns = CatalogLoader.LoadShippedTowns();
        var werl = towns.Towns.First(town => town.Id == "werl");
        var broken = towns with
        {
            Towns = towns.Towns.Replace(werl, werl with { Postcodes = ["5945"], PortalId = null, Aliases = ["Anröchte"] }),
        };

        var problems = CatalogValidator.ValidateTownFile(broken).Where(problem => problem.RecordId == "werl").Select(problem => problem.Message).ToList();

        Assert.Contains(problems, message => message.StartsWith("postcodes", StringComparison.Ordinal));
        Assert.Contains(problems, message => message.StartsWith("a town has either", StringComparison.Ordinal));
        Assert.Contains(problems, message => message.Contains("already used by town 'anroechte'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://kreis-soest.de/x", true)]
    [InlineData("seed: step-kreis-steinfurt-flyer-de.txt", true)]
    [InlineData("fictional: sample", true)]
    [InlineData("wikipedia", false)]
    [InlineData("", false)]
    public void Sources_must_be_cited(string source, bool cited)
    {
        Assert.Equal(cited, CatalogValidator.IsCitedSource(source));
    }
}
