using KitaBot.Storage.Catalog.Loading;
using KitaBot.Storage.Catalog.Model;
using KitaBot.Storage.Catalog;

namespace KitaBot.Storage.Tests.Catalog;

/// <summary>Every shipped record is checked here, so a bad edit of a data file fails the build's tests.</summary>
public sealed class ShippedDataTests
{
    private readonly LoadedCatalog loaded = CatalogLoader.Load(dataDirectory: null);

    private IPortalCatalog Catalog => loaded.Catalog;

    private IFacilityDirectory Facilities => loaded.Facilities;

    [Fact]
    public void Shipped_files_pass_the_start_up_validation_without_problems()
    {
        var towns = CatalogLoader.LoadShippedTowns();
        var validator = new CatalogValidator(towns);

        Assert.Empty(CatalogValidator.ValidateTownFile(towns));
        Assert.Empty(validator.ValidateFacilities(CatalogLoader.LoadShippedFacilities()));
        Assert.Equal(CatalogFiles.Facilities + " (shipped)", Facilities.Origin);
        Assert.False(string.IsNullOrWhiteSpace(Catalog.DataVersion));
    }

    [Fact]
    public void Both_districts_list_all_their_municipalities()
    {
        Assert.Equal(14, Catalog.Towns.Count(town => town.DistrictId == "kreis-soest"));
        Assert.Equal(24, Catalog.Towns.Count(town => town.DistrictId == "kreis-steinfurt"));
    }

    [Fact]
    public void Kreis_soest_portal_serves_the_eleven_kreisjugendamt_towns()
    {
        string[] expected = ["Anröchte", "Bad Sassendorf", "Ense", "Erwitte", "Geseke", "Lippetal", "Möhnesee", "Rüthen", "Welver", "Werl", "Wickede (Ruhr)"];

        var served = Catalog.Towns.Where(town => town.PortalId == "kreis-soest-kitaportal").Select(town => town.Name).Order(StringComparer.Ordinal);

        Assert.Equal(expected.Order(StringComparer.Ordinal), served);
    }

    [Fact]
    public void Step_serves_the_twenty_kreisjugendamt_towns_plus_rheine_and_greven()
    {
        var served = Catalog.Towns.Where(town => town.PortalId == "step-kreis-steinfurt").ToList();

        Assert.Equal(22, served.Count);
        Assert.Equal(20, served.Count(town => town.JugendamtId == "kreis-steinfurt-kreisjugendamt"));
        Assert.Contains(served, town => town.Id == "rheine" && town.JugendamtId == "rheine-jugendamt");
        Assert.Contains(served, town => town.Id == "greven" && town.JugendamtId == "greven-jugendamt");
    }

    [Theory]
    [InlineData("soest")]
    [InlineData("lippstadt")]
    [InlineData("warstein")]
    [InlineData("emsdetten")]
    [InlineData("ibbenbueren")]
    public void Towns_with_their_own_procedure_route_to_their_own_office_with_contact_details(string townId)
    {
        var route = Catalog.RouteFor(Catalog.FindTownById(townId)!);

        var own = Assert.IsType<OwnProcedureRoute>(route);
        Assert.Equal(JugendamtKind.Municipal, own.Office.Kind);
        Assert.NotNull(own.Office.Phone);
        Assert.NotNull(own.Office.Website);
        Assert.False(string.IsNullOrWhiteSpace(own.Procedure.Summary));
        Assert.StartsWith("http", own.Procedure.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_domain_research_calls_unverified_are_marked_unverified()
    {
        Assert.False(Catalog.FindTownById("soest")!.PostcodesVerified);
        Assert.True(Catalog.FindTownById("werl")!.PostcodesVerified);
        Assert.False(Catalog.FindTownById("altenberge")!.CentreVerified);
        Assert.True(Catalog.FindTownById("lotte")!.CentreVerified);
        Assert.All(Catalog.Towns.Where(town => town.DistrictId == "kreis-steinfurt"), town => Assert.False(town.PostcodesVerified));
        Assert.Contains("phone", Catalog.FindOffice("warstein-jugendamt")!.Unverified);
        Assert.Empty(Catalog.FindOffice("ibbenbueren-jugendamt")!.Unverified);
    }

    [Fact]
    public void Portal_rules_match_the_research()
    {
        var soest = Catalog.FindPortal("kreis-soest-kitaportal")!;
        var step = Catalog.FindPortal("step-kreis-steinfurt")!;

        Assert.Null(soest.Choices.MaxChoices);
        Assert.Contains("Bemerkungen", soest.Choices.RankingMethod, StringComparison.Ordinal);
        Assert.Null(soest.DeclarationFor45Hours);
        Assert.Equal(5, step.Choices.MaxChoices);
        Assert.True(step.Choices.Allows(5));
        Assert.False(step.Choices.Allows(6));
        Assert.Contains("Erklärungsbogen", step.DeclarationFor45Hours!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Helpdesks_carry_the_published_numbers()
    {
        var soest = Catalog.FindPortal("kreis-soest-kitaportal")!;
        var step = Catalog.FindPortal("step-kreis-steinfurt")!;

        Assert.Equal("02921 30-2065", soest.HelpdeskFor(HelpdeskTopic.Portal)!.Phone);
        Assert.Equal("kitaportal@kreis-soest.de", soest.HelpdeskFor(HelpdeskTopic.Portal)!.Email);
        Assert.Equal("02921 30-2059", soest.HelpdeskFor(HelpdeskTopic.Childminder)!.Phone);
        Assert.Equal("05451 931-779", step.HelpdeskFor(HelpdeskTopic.Portal)!.Phone);
        Assert.Equal("step@ibbenbueren.de", step.HelpdeskFor(HelpdeskTopic.Portal)!.Email);
    }

    [Fact]
    public void Calendars_hold_the_published_cycle_for_2026_27()
    {
        var year = new KitaYear(2026);
        var soest = Catalog.FindPortal("kreis-soest-kitaportal")!.CalendarFor(year)!;
        var step = Catalog.FindPortal("step-kreis-steinfurt")!.CalendarFor(year)!;

        Assert.Equal(new DateOnly(2025, 10, 1), soest.Opens);
        Assert.Equal(new DateOnly(2025, 11, 15), soest.SoftDeadline);
        Assert.Equal(14, soest.DecisionWindowDays);
        Assert.True(soest.Confirmed);
        Assert.Equal(new DateOnly(2025, 10, 31), step.SoftDeadline);
        Assert.Equal(new DateOnly(2026, 2, 1), step.OffersFrom);
        Assert.False(Catalog.FindPortal("step-kreis-steinfurt")!.CalendarFor(new KitaYear(2027))!.Confirmed);
    }

    [Fact]
    public void Every_town_has_facilities_and_larger_towns_have_more()
    {
        Assert.True(Facilities.All.Length >= 100, $"only {Facilities.All.Length} facilities");
        Assert.All(Catalog.Towns, town =>
            Assert.True(Facilities.Search(new FacilityQuery { TownId = town.Id }).Count >= 2, $"{town.Name} has fewer than 2 facilities"));
        Assert.True(Facilities.Search(new FacilityQuery { TownId = "lippstadt" }).Count > Facilities.Search(new FacilityQuery { TownId = "lippetal" }).Count);
    }

    [Fact]
    public void Every_facility_is_consistent_with_its_town_and_district()
    {
        var districts = Catalog.Districts.ToDictionary(district => district.Id, StringComparer.Ordinal);
        Assert.Equal(Facilities.All.Length, Facilities.All.Select(facility => facility.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Facilities.All, facility =>
        {
            var town = Catalog.FindTownById(facility.TownId);
            Assert.NotNull(town);
            Assert.True(town.HasPostcode(facility.Postcode), $"{facility.Id}: {facility.Postcode} is not a PLZ of {town.Name}");
            Assert.True(districts[town.DistrictId].BoundingBox.Contains(facility.Location), $"{facility.Id} lies outside {town.DistrictId}");
            Assert.True(Catalog.CheckOrtsteil(town, facility.Ortsteil).IsKnown, $"{facility.Id}: unknown Ortsteil {facility.Ortsteil}");
            Assert.True(facility.Fictional);
            Assert.StartsWith("fictional", facility.Source, StringComparison.Ordinal);
            Assert.NotEmpty(facility.Hours);
            Assert.All(facility.Hours, hours => Assert.True(hours is 25 or 35 or 45, $"{facility.Id}: {hours} h"));
            Assert.All(facility.StaffLanguages, code => Assert.True(StaffLanguage.IsKnown(code), code));
            Assert.InRange(facility.AgeFromMonths, 0, facility.AgeToMonths - 1);
            Assert.False(string.IsNullOrWhiteSpace(facility.ProfileDe));
        });
    }

    [Fact]
    public void Every_record_names_its_source()
    {
        Assert.All(Catalog.Towns, town => Assert.All(town.Sources, source => Assert.True(CatalogValidator.IsCitedSource(source), $"{town.Id}: {source}")));
        Assert.All(Catalog.JugendamtOffices, office => Assert.NotEmpty(office.Sources));
        Assert.All(Catalog.Portals, portal =>
        {
            Assert.NotEmpty(portal.Sources);
            Assert.All(portal.Calendars, calendar => Assert.True(CatalogValidator.IsCitedSource(calendar.Source)));
            Assert.All(portal.Helpdesk, contact => Assert.True(CatalogValidator.IsCitedSource(contact.Source)));
        });
        Assert.All(Catalog.Districts, district => Assert.True(CatalogValidator.IsCitedSource(district.Source)));
        Assert.All(Catalog.ChildminderServices, service => Assert.True(CatalogValidator.IsCitedSource(service.Source)));
    }

    [Fact]
    public void Every_town_has_a_childminder_service_and_fictional_contacts_say_so()
    {
        Assert.All(Catalog.Towns, town => Assert.Contains(town.Id, Catalog.ChildminderServiceFor(town).TownIds));
        Assert.All(Catalog.ChildminderServices.Where(service => service.Fictional),
            service => Assert.StartsWith("fictional", service.Source, StringComparison.Ordinal));
        Assert.Equal("02921 30-2059", Catalog.ChildminderServiceFor(Catalog.FindTownById("werl")!).Phone);
        Assert.Contains("SkF", Catalog.ChildminderServiceFor(Catalog.FindTownById("tecklenburg")!).Provider, StringComparison.Ordinal);
    }
}
