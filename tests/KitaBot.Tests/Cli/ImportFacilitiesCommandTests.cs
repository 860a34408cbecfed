using System.Text;
using KitaBot.Cli;
using KitaBot.Storage.Catalog.Loading;
using Xunit;

namespace KitaBot.Tests.Cli;

/// <summary>The import-facilities verb against real files in a temporary directory.</summary>
public sealed class ImportFacilitiesCommandTests : IDisposable
{
    private const string Header =
        "id,name,provider,providerType,town,ortsteil,street,postcode,latitude,longitude,ageFromMonths,ageToMonths,hours,inclusivePlaces,staffLanguages,profileDe,profileEn,source";

    private const string WerlRow =
        "werl-kita-test,Kita Test,Stadt Werl,municipal,Werl,Büderich,Kirchweg 7,59457,51.5601,7.9561,4,72,25|35|45,2,de|tr,Kleine Kita.,Small Kita.,https://example.org/kitas";

    private const string GrevenRow =
        "greven-kita-test,AWO-Kita Test,AWO Greven,welfare,Greven,Reckenfeld,Emsdamm 12,48268,52.1105,7.6012,12,72,25|35,0,de|uk-UA,Inklusive Kita.,,https://example.org/kitas";

    private readonly string directory = Path.Combine(Path.GetTempPath(), "kitabot-import-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public ImportFacilitiesCommandTests() => Directory.CreateDirectory(directory);

    private string DataDirectory => Path.Combine(directory, "data");

    private string Target => Path.Combine(DataDirectory, "facilities.json");

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task A_good_csv_is_imported_and_preferred_by_the_next_start()
    {
        var csv = await WriteCsvAsync(Header, WerlRow, GrevenRow);

        var exitCode = await RunAsync(csv);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error.ToString());
        Assert.Contains("Imported 2 facilities", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("no facilities for 36 town(s)", output.ToString(), StringComparison.Ordinal);
        var loaded = CatalogLoader.Load(DataDirectory);
        Assert.Equal(Target, loaded.Facilities.Origin);
        Assert.Equal("operator-import 2026-11-02T09:30:00Z", loaded.Facilities.DataVersion);
        var werl = loaded.Facilities.Find("werl-kita-test")!;
        Assert.Equal("Büderich", werl.Ortsteil);
        Assert.Equal([25, 35, 45], werl.Hours.ToArray());
        Assert.False(werl.Fictional);
        var greven = loaded.Facilities.Find("greven-kita-test")!;
        Assert.Equal(["de", "uk"], greven.StaffLanguages.ToArray());
        Assert.Null(greven.ProfileEn);
        Assert.Single(Directory.GetFiles(DataDirectory));
    }

    [Fact]
    public async Task The_documented_example_csv_imports()
    {
        var example = Path.Combine(RepositoryRoot(), "docs", "examples", "facilities-example.csv");

        var exitCode = await RunAsync(example);

        Assert.Equal(0, exitCode);
        var loaded = CatalogLoader.Load(DataDirectory);
        Assert.Equal(3, loaded.Facilities.All.Length);
        Assert.NotNull(loaded.Facilities.Find("werl-ev-kita-regenbogen-buederich"));
    }

    [Fact]
    public async Task Bad_rows_are_reported_by_line_and_the_existing_file_stays_untouched()
    {
        Assert.Equal(0, await RunAsync(await WriteCsvAsync(Header, WerlRow)));
        var before = await File.ReadAllBytesAsync(Target);
        error.GetStringBuilder().Clear();

        var csv = await WriteCsvAsync(
            Header,
            GrevenRow,
            "x1,Kita A,Träger,municipal,Münster,Mitte,Weg 1,48143,51.96,7.62,4,72,25,0,de,Profil.,,https://example.org",
            "x2,Kita B,Träger,municipal,Werl,Werl,Weg 1,48268,51.55,7.92,4,72,25|40,0,de|xx,Profil.,,https://example.org",
            "x3,Kita C,Träger,sonstiges,Werl,Werl,Weg 1,59457,abc,7.92,50,20,25,0,de,Profil.,,",
            WerlRow);

        var exitCode = await RunAsync(csv);

        Assert.Equal(1, exitCode);
        var report = error.ToString();
        Assert.Contains("line 3: town 'Münster' is not a town of Kreis Soest or Kreis Steinfurt", report, StringComparison.Ordinal);
        Assert.Contains("line 4: postcode 48268 does not belong to Werl", report, StringComparison.Ordinal);
        Assert.Contains("line 4: hours must be a non-empty subset of 25, 35, 45", report, StringComparison.Ordinal);
        Assert.Contains("line 4: unknown staff language 'xx'", report, StringComparison.Ordinal);
        Assert.Contains("line 5: providerType 'sonstiges' is unknown", report, StringComparison.Ordinal);
        Assert.Contains("line 5: latitude 'abc' is not a decimal number", report, StringComparison.Ordinal);
        Assert.Contains("line 5: source is empty", report, StringComparison.Ordinal);
        Assert.DoesNotContain("line 2:", report, StringComparison.Ordinal);
        Assert.DoesNotContain("line 6:", report, StringComparison.Ordinal);
        Assert.Contains("3 line(s) are invalid. Nothing was imported", report, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(Target));
        Assert.Single(Directory.GetFiles(DataDirectory));
    }

    [Fact]
    public async Task An_age_range_and_a_duplicate_id_are_reported()
    {
        var csv = await WriteCsvAsync(Header, WerlRow, WerlRow.Replace(",4,72,", ",50,20,", StringComparison.Ordinal), WerlRow);

        Assert.Equal(1, await RunAsync(csv));

        Assert.Contains("line 3: age range must satisfy", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("line 4: id 'werl-kita-test' is already used on line 2", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Target));
    }

    [Fact]
    public async Task A_file_without_header_is_rejected_naming_the_missing_columns()
    {
        var csv = await WriteCsvAsync(WerlRow, GrevenRow);

        Assert.Equal(1, await RunAsync(csv));

        Assert.StartsWith("line 1: the header lacks the required column(s) name, provider", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Target));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public async Task An_empty_file_is_rejected(string content)
    {
        var csv = Path.Combine(directory, "empty.csv");
        await File.WriteAllTextAsync(csv, content);

        Assert.Equal(1, await RunAsync(csv));

        Assert.StartsWith("line 1: the file is empty", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Target));
    }

    [Fact]
    public async Task A_header_without_rows_is_rejected_so_the_directory_is_never_emptied()
    {
        Assert.Equal(1, await RunAsync(await WriteCsvAsync(Header)));

        Assert.Contains("no facility rows", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_german_excel_csv_with_bom_semicolons_and_decimal_commas_imports()
    {
        var csv = Path.Combine(directory, "excel.csv");
        var content = string.Join("\r\n",
            "ID;Name;Provider;ProviderType;Town;Ortsteil;Street;Postcode;Latitude;Longitude;AgeFromMonths;AgeToMonths;Hours;InclusivePlaces;StaffLanguages;ProfileDe;ProfileEn;Source",
            "werl-excel;Städtische Kita Sönnern;Stadt Werl;städtisch;wickede;Wimbern;Dorfstraße 2;58739;51,4960;7,8700;4;72;25,35;;de;\"Kita im Dorf; mit Garten.\";;https://example.org/x") + "\r\n";
        await File.WriteAllBytesAsync(csv, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(content)]);

        Assert.Equal(0, await RunAsync(csv));

        var facility = Assert.Single(CatalogLoader.Load(DataDirectory).Facilities.All);
        Assert.Equal("wickede-ruhr", facility.TownId);
        Assert.Equal(51.496, facility.Location.Latitude, 6);
        Assert.Equal([25, 35], facility.Hours.ToArray());
        Assert.Equal(0, facility.InclusivePlaces);
        Assert.Equal("Kita im Dorf; mit Garten.", facility.ProfileDe);
        Assert.Contains("(';'-separated)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_latin1_excel_file_keeps_its_umlauts()
    {
        var csv = Path.Combine(directory, "latin1.csv");
        var content = Header.Replace(',', ';') + "\n" + WerlRow.Replace(',', ';').Replace("51.5601", "51,5601", StringComparison.Ordinal).Replace("7.9561", "7,9561", StringComparison.Ordinal) + "\n";
        await File.WriteAllBytesAsync(csv, Encoding.Latin1.GetBytes(content));

        Assert.Equal(0, await RunAsync(csv));

        Assert.Equal("Büderich", Assert.Single(CatalogLoader.Load(DataDirectory).Facilities.All).Ortsteil);
        Assert.Contains("read as Latin-1", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_quotes_are_reported_by_line()
    {
        var csv = await WriteCsvAsync(Header, WerlRow.Replace("Kita Test", "\"Kita\" Test", StringComparison.Ordinal));

        Assert.Equal(1, await RunAsync(csv));

        Assert.Contains("line 2: malformed CSV", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dash_reads_the_csv_from_standard_input()
    {
        using var input = new StringReader(Header + "\n" + WerlRow + "\n");

        var exitCode = await ImportFacilitiesCommand.RunAsync(["-", "--data-dir", DataDirectory], input, output, error, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(Target));
    }

    [Theory]
    [InlineData]
    [InlineData("--data-dir")]
    [InlineData("a.csv", "b.csv")]
    [InlineData("a.csv", "--force")]
    public async Task Usage_errors_exit_with_2_and_explain_the_verb(params string[] args)
    {
        var exitCode = await ImportFacilitiesCommand.RunAsync(args, TextReader.Null, output, error, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains("usage: kitabot import-facilities", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_csv_file_is_reported()
    {
        Assert.Equal(1, await RunAsync(Path.Combine(directory, "missing.csv")));

        Assert.StartsWith("Cannot read", error.ToString(), StringComparison.Ordinal);
    }

    private Task<int> RunAsync(string csvPath) =>
        ImportFacilitiesCommand.RunAsync(
            [csvPath, "--data-dir", DataDirectory], TextReader.Null, output, error, new FixedTime(), CancellationToken.None);

    private async Task<string> WriteCsvAsync(params string[] lines)
    {
        var path = Path.Combine(directory, Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(path, string.Join("\n", lines) + "\n");
        return path;
    }

    private static string RepositoryRoot()
    {
        var current = new DirectoryInfo(AppContext.BaseDirectory);
        while (current is not null && !File.Exists(Path.Combine(current.FullName, "KitaBot.sln")))
        {
            current = current.Parent;
        }

        return current?.FullName ?? throw new InvalidOperationException("KitaBot.sln not found above the test output");
    }

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);
    }
}
