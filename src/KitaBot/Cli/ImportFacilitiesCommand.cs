using System.Globalization;
using KitaBot.Storage.Catalog.Loading;

namespace KitaBot.Cli;

/// <summary>
/// <c>import-facilities &lt;file.csv|-&gt; [--data-dir &lt;dir&gt;]</c>: validates every row of an operator's facility
/// list and, only when all rows are valid, replaces <c>{dataDir}/facilities.json</c> atomically. KitaBot prefers
/// that file over the shipped directory at its next start. Exit codes: 0 imported, 1 invalid data, 2 usage error.
/// </summary>
public static class ImportFacilitiesCommand
{
    public const string Verb = "import-facilities";

    /// <summary>The data directory when <c>--data-dir</c> is not given, relative to the working directory.</summary>
    public const string DefaultDataDirectory = "data";

    private const string Usage =
        "usage: kitabot import-facilities <facilities.csv | -> [--data-dir <directory>]\n"
        + "  Reads a CSV (';' or ',' separated, UTF-8 or Excel Latin-1; '-' reads standard input), checks every row\n"
        + "  and writes <directory>/facilities.json only when every row is valid. Format: docs/data.md.";

    public static Task<int> RunAsync(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error, CancellationToken ct) =>
        RunAsync(args, input, output, error, TimeProvider.System, ct);

    internal static async Task<int> RunAsync(
        IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error, TimeProvider time, CancellationToken ct)
    {
        if (!TryParseArguments(args, out var csvPath, out var dataDirectory, out var usageProblem))
        {
            await error.WriteLineAsync(usageProblem);
            await error.WriteLineAsync(Usage);
            return 2;
        }

        string text;
        bool readAsLatin1;
        try
        {
            (text, readAsLatin1) = csvPath == "-"
                ? (await input.ReadToEndAsync(ct), false)
                : (FacilityImportReader.Decode(await File.ReadAllBytesAsync(csvPath, ct), out var latin1), latin1);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Cannot read {csvPath}: {exception.Message}");
            return 1;
        }

        var catalog = CatalogLoader.Load(dataDirectory: null).Catalog;
        var reader = new FacilityImportReader(catalog, new CatalogValidator(CatalogLoader.LoadShippedTowns()));
        var result = reader.Read(text, readAsLatin1);
        var target = CatalogLoader.OperatorFacilitiesPath(dataDirectory)!;

        if (result.Errors.Count > 0)
        {
            foreach (var lineError in result.Errors.OrderBy(lineError => lineError.Line))
            {
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"line {lineError.Line}: {lineError.Reason}"));
            }

            var badLines = result.Errors.Select(lineError => lineError.Line).Distinct().Count();
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{badLines} line(s) are invalid. Nothing was imported; {target} is unchanged."));
            return 1;
        }

        var dataVersion = "operator-import " + time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var file = new FacilityDataFile(CatalogValidator.SupportedSchemaVersion, dataVersion, [.. result.Facilities]);
        await FacilityDataFileWriter.WriteAtomicallyAsync(target, file, ct);

        if (result.ReadAsLatin1)
        {
            await output.WriteLineAsync("Note: the file is not UTF-8 and was read as Latin-1 (Excel 'CSV (Trennzeichen-getrennt)').");
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Imported {file.Facilities.Length} facilities ('{result.Delimiter}'-separated) into {target} (dataVersion \"{dataVersion}\")."));
        var townsWithout = catalog.Towns.Where(town => !file.Facilities.Any(facility => facility.TownId == town.Id)).Select(town => town.Name).ToList();
        if (townsWithout.Count > 0)
        {
            await output.WriteLineAsync($"Warning: no facilities for {townsWithout.Count} town(s): {string.Join(", ", townsWithout)}.");
        }

        await output.WriteLineAsync("Restart KitaBot to use the imported directory.");
        return 0;
    }

    private static bool TryParseArguments(IReadOnlyList<string> args, out string csvPath, out string dataDirectory, out string problem)
    {
        csvPath = "";
        dataDirectory = DefaultDataDirectory;
        problem = "";
        for (var index = 0; index < args.Count; index++)
        {
            var argument = args[index];
            if (argument == "--data-dir")
            {
                if (index + 1 >= args.Count || string.IsNullOrWhiteSpace(args[index + 1]))
                {
                    problem = "--data-dir needs a directory.";
                    return false;
                }

                dataDirectory = args[++index];
            }
            else if (argument.StartsWith("--data-dir=", StringComparison.Ordinal))
            {
                dataDirectory = argument["--data-dir=".Length..];
            }
            else if (argument.StartsWith("--", StringComparison.Ordinal) || csvPath.Length > 0)
            {
                problem = $"Unexpected argument '{argument}'.";
                return false;
            }
            else
            {
                csvPath = argument;
            }
        }

        if (csvPath.Length == 0)
        {
            problem = "The CSV file is missing.";
            return false;
        }

        return dataDirectory.Length > 0 || (problem = "--data-dir needs a directory.").Length == 0;
    }
}
