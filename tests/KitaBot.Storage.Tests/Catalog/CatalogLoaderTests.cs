using KitaBot.Storage.Catalog.Loading;
using KitaBot.Storage.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace KitaBot.Storage.Tests.Catalog;

public sealed class CatalogLoaderTests : IDisposable
{
    private readonly TemporaryDirectory dataDirectory = new();

    public void Dispose() => dataDirectory.Dispose();

    [Fact]
    public void Without_an_operator_file_the_shipped_directory_is_used()
    {
        var loaded = CatalogLoader.Load(dataDirectory.Path);

        Assert.Equal(CatalogLoader.LoadShippedFacilities().Facilities.Length, loaded.Facilities.All.Length);
        Assert.Contains("shipped", loaded.Facilities.Origin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operator_file_in_the_data_directory_replaces_the_shipped_directory()
    {
        var shipped = CatalogLoader.LoadShippedFacilities();
        var operatorFile = new FacilityDataFile(1, "operator-test", [shipped.Facilities[0] with { Id = "operator-kita", Fictional = false, Source = "https://example.org/kitas" }]);
        await FacilityDataFileWriter.WriteAtomicallyAsync(dataDirectory.File("facilities.json"), operatorFile, CancellationToken.None);

        var loaded = CatalogLoader.Load(dataDirectory.Path);

        Assert.Equal("operator-test", loaded.Facilities.DataVersion);
        Assert.Equal(dataDirectory.File("facilities.json"), loaded.Facilities.Origin);
        Assert.Equal("operator-kita", Assert.Single(loaded.Facilities.All).Id);
    }

    [Fact]
    public async Task The_written_file_reads_back_equal_and_keeps_umlauts_readable()
    {
        var shipped = CatalogLoader.LoadShippedFacilities();
        var path = dataDirectory.File("facilities.json");

        await FacilityDataFileWriter.WriteAtomicallyAsync(path, shipped, CancellationToken.None);
        var reread = CatalogLoader.ReadFacilityFile(path);

        Assert.Equal(shipped.Facilities.Length, reread.Facilities.Length);
        Assert.Equal(shipped.Facilities[0].Hours.ToArray(), reread.Facilities[0].Hours.ToArray());
        Assert.Equal(shipped.Facilities[0].StaffLanguages.ToArray(), reread.Facilities[0].StaffLanguages.ToArray());
        Assert.Equal(shipped.Facilities[^1] with { Hours = [], StaffLanguages = [] }, reread.Facilities[^1] with { Hours = [], StaffLanguages = [] });
        Assert.Contains("ü", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
        Assert.Equal(["facilities.json"], Directory.GetFiles(dataDirectory.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task An_invalid_operator_record_stops_the_start_up_naming_file_and_record()
    {
        var shipped = CatalogLoader.LoadShippedFacilities();
        var bad = shipped.Facilities[0] with { Id = "bad-plz-kita", Postcode = "10115" };
        await FacilityDataFileWriter.WriteAtomicallyAsync(dataDirectory.File("facilities.json"), new FacilityDataFile(1, "x", [bad]), CancellationToken.None);

        var error = Assert.Throws<CatalogDataException>(() => CatalogLoader.Load(dataDirectory.Path));

        Assert.Equal(dataDirectory.File("facilities.json"), error.File);
        Assert.Equal("bad-plz-kita", error.RecordId);
        Assert.Contains("postcode 10115", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{"schemaVersion":1,"dataVersion":"x"}""")]
    [InlineData("""{"schemaVersion":1,"dataVersion":"x","facilities":[],"surprise":true}""")]
    [InlineData("""{"schemaVersion":2,"dataVersion":"x","facilities":[]}""")]
    public async Task A_malformed_operator_file_is_reported_with_its_path(string content)
    {
        await File.WriteAllTextAsync(dataDirectory.File("facilities.json"), content);

        var error = Assert.Throws<CatalogDataException>(() => CatalogLoader.Load(dataDirectory.Path));

        Assert.Equal(dataDirectory.File("facilities.json"), error.File);
        Assert.StartsWith(dataDirectory.File("facilities.json"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddKitaBotCatalog_registers_the_loaded_singletons()
    {
        var services = new ServiceCollection();

        services.AddKitaBotCatalog(dataDirectory.Path);

        var catalog = Assert.Single(services, service => service.ServiceType == typeof(IPortalCatalog));
        var directory = Assert.Single(services, service => service.ServiceType == typeof(IFacilityDirectory));
        Assert.Equal(ServiceLifetime.Singleton, catalog.Lifetime);
        Assert.NotNull(((IPortalCatalog)catalog.ImplementationInstance!).FindTown("Werl"));
        Assert.NotEmpty(((IFacilityDirectory)directory.ImplementationInstance!).All);
    }
}
