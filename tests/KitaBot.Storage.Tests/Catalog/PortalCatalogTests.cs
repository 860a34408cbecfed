using KitaBot.Storage.Catalog.Loading;
using KitaBot.Storage.Catalog;

namespace KitaBot.Storage.Tests.Catalog;

public sealed class PortalCatalogTests
{
    private readonly IPortalCatalog catalog = CatalogLoader.Load(dataDirectory: null).Catalog;

    [Theory]
    [InlineData("Wickede (Ruhr)", "wickede-ruhr")]
    [InlineData("wickede", "wickede-ruhr")]
    [InlineData("WICKEDE RUHR", "wickede-ruhr")]
    [InlineData("Bad Sassendorf", "bad-sassendorf")]
    [InlineData("bad-sassendorf", "bad-sassendorf")]
    [InlineData("Ruethen", "ruethen")]
    [InlineData("Ruthen", "ruethen")]
    [InlineData("Möhnesee", "moehnesee")]
    [InlineData("Hoerstel", "hoerstel")]
    [InlineData("Ibbenbueren", "ibbenbueren")]
    [InlineData("Bremen (Ense)", "ense")]
    [InlineData("Stadt Soest", "soest")]
    [InlineData("Gemeinde Welver", "welver")]
    [InlineData(" Burgsteinfurt ", "steinfurt")]
    public void Finds_a_town_by_name_or_alias_ignoring_accents_and_punctuation(string typed, string expectedId)
    {
        Assert.Equal(expectedId, catalog.FindTown(typed)?.Id);
    }

    [Theory]
    [InlineData("Münster")]
    [InlineData("Dortmund")]
    [InlineData("")]
    public void A_town_outside_both_districts_is_not_found(string typed)
    {
        Assert.Null(catalog.FindTown(typed));
    }

    [Fact]
    public void Suggests_close_town_names_for_a_typo()
    {
        Assert.Equal("lippstadt", catalog.SuggestTowns("Lipstadt")[0].Id);
        Assert.Equal("tecklenburg", catalog.SuggestTowns("Teklenburg")[0].Id);
        Assert.Empty(catalog.SuggestTowns("Hamburg-Altona"));
    }

    [Fact]
    public void A_postcode_returns_every_town_using_it_with_its_ortsteile()
    {
        var match = Assert.Single(catalog.FindByPostcode("48477"));
        Assert.Equal("hoerstel", match.Town.Id);
        Assert.Equal(["Bevergern", "Dreierwalde", "Hörstel", "Riesenbeck"], match.Ortsteile.Select(ortsteil => ortsteil.Name));

        Assert.Equal("lippstadt", Assert.Single(catalog.FindByPostcode("59558")).Town.Id);
        Assert.Equal("ibbenbueren", Assert.Single(catalog.FindByPostcode(" 49479 ")).Town.Id);
        Assert.Empty(catalog.FindByPostcode("48143"));
    }

    [Fact]
    public void Finds_the_town_of_a_village_name_and_every_town_when_the_name_exists_twice()
    {
        Assert.Equal("erwitte", Assert.Single(catalog.FindTownsByOrtsteil("Bad Westernkotten")).Id);
        Assert.Equal(["erwitte", "moehnesee"], catalog.FindTownsByOrtsteil("vollinghausen").Select(town => town.Id).Order(StringComparer.Ordinal));
        Assert.Empty(catalog.FindTownsByOrtsteil("Atlantis"));
    }

    [Fact]
    public void Validates_an_ortsteil_and_returns_the_canonical_name()
    {
        var werl = catalog.FindTown("Werl")!;

        var check = catalog.CheckOrtsteil(werl, "budericH");

        Assert.True(check.IsKnown);
        Assert.Equal("Büderich", check.Match!.Name);
        Assert.Equal("Sönnern", catalog.CheckOrtsteil(werl, "Soennern").Match!.Name);
        Assert.Equal("Lippstadt", catalog.CheckOrtsteil(catalog.FindTown("Lippstadt")!, "Kernstadt").Match!.Name);
    }

    [Fact]
    public void An_unknown_ortsteil_gets_suggestions_and_is_rejected_when_the_list_is_complete()
    {
        var werl = catalog.FindTown("Werl")!;

        var check = catalog.CheckOrtsteil(werl, "Westönen");

        Assert.False(check.IsKnown);
        Assert.True(check.ListIsComplete);
        Assert.False(check.MayAcceptAsFreeText);
        Assert.Equal("Westönnen", check.Suggestions[0].Name);
        Assert.Empty(catalog.CheckOrtsteil(werl, "Paris").Suggestions);
    }

    [Fact]
    public void An_unknown_ortsteil_may_be_free_text_when_the_shipped_list_is_partial()
    {
        var lippetal = catalog.FindTown("Lippetal")!;

        var check = catalog.CheckOrtsteil(lippetal, "Nordwald");

        Assert.False(check.IsKnown);
        Assert.True(check.MayAcceptAsFreeText);
        Assert.Equal("Lippborg", catalog.CheckOrtsteil(lippetal, "Lipborg").Suggestions[0].Name);
    }

    [Fact]
    public void Routes_a_portal_town_to_its_portal_and_kreisjugendamt()
    {
        var route = Assert.IsType<PortalRoute>(catalog.RouteFor(catalog.FindTown("Werl")!));
        Assert.Equal("kreis-soest-kitaportal", route.Portal.Id);
        Assert.Equal("kreis-soest-kreisjugendamt", route.Office.Id);

        var greven = Assert.IsType<PortalRoute>(catalog.RouteFor(catalog.FindTown("Greven")!));
        Assert.Equal("step-kreis-steinfurt", greven.Portal.Id);
        Assert.Equal("greven-jugendamt", greven.Office.Id);
        Assert.Contains(greven.Town.Notes, note => note.Text.Contains("intake talk", StringComparison.Ordinal));
    }

    [Fact]
    public void Routes_lippstadt_politely_to_its_own_jugendamt()
    {
        var route = Assert.IsType<OwnProcedureRoute>(catalog.RouteFor(catalog.FindTown("Lippstadt")!));

        Assert.Equal("Stadt Lippstadt – Jugendamt", route.Office.Name);
        Assert.Equal("59555", route.Office.Address.Postcode);
        Assert.Contains("31 Oct", route.Procedure.Summary, StringComparison.Ordinal);
    }
}
