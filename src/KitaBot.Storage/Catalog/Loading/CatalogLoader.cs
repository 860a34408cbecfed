using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KitaBot.Storage.Catalog.Lookup;

namespace KitaBot.Storage.Catalog.Loading;

/// <summary>
/// Reads and validates the shipped data files. The facility directory comes from
/// <c>{dataDirectory}/facilities.json</c> when an operator has imported one, otherwise from the shipped file.
/// Any invalid file or record throws a <see cref="CatalogDataException"/> naming the file and the record.
/// </summary>
public static class CatalogLoader
{
    public static LoadedCatalog Load(string? dataDirectory)
    {
        var towns = LoadShippedTowns();
        var validator = new CatalogValidator(towns);

        var portals = ReadShipped(CatalogFiles.Portals, CatalogJson.Default.PortalDataFile);
        ThrowIfAny(CatalogFiles.Portals, validator.ValidatePortals(portals));

        var childminders = ReadShipped(CatalogFiles.ChildminderServices, CatalogJson.Default.ChildminderDataFile);
        ThrowIfAny(CatalogFiles.ChildminderServices, validator.ValidateChildminders(childminders));

        var operatorFile = OperatorFacilitiesPath(dataDirectory);
        var (facilities, origin) = operatorFile is not null && File.Exists(operatorFile)
            ? (ReadFacilityFile(operatorFile), operatorFile)
            : (ReadShipped(CatalogFiles.Facilities, CatalogJson.Default.FacilityDataFile), CatalogFiles.Facilities + " (shipped)");
        ThrowIfAny(origin, validator.ValidateFacilities(facilities));

        var catalog = new PortalCatalog(towns, portals, childminders);
        return new LoadedCatalog(catalog, new FacilityDirectory(facilities, origin, catalog));
    }

    /// <summary>The shipped towns, districts and Jugendamt offices, validated.</summary>
    public static TownDataFile LoadShippedTowns()
    {
        var towns = ReadShipped(CatalogFiles.Towns, CatalogJson.Default.TownDataFile);
        ThrowIfAny(CatalogFiles.Towns, CatalogValidator.ValidateTownFile(towns));
        return towns;
    }

    /// <summary>The shipped facility file, unvalidated; used by tests and as the format reference.</summary>
    public static FacilityDataFile LoadShippedFacilities() => ReadShipped(CatalogFiles.Facilities, CatalogJson.Default.FacilityDataFile);

    /// <summary>Where the operator import writes the facility directory, or null without a data directory.</summary>
    public static string? OperatorFacilitiesPath(string? dataDirectory) =>
        string.IsNullOrWhiteSpace(dataDirectory) ? null : Path.Combine(dataDirectory, CatalogFiles.Facilities);

    /// <summary>Reads a facility file from disk (the operator's import), unvalidated.</summary>
    public static FacilityDataFile ReadFacilityFile(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Deserialize(stream, path, CatalogJson.Default.FacilityDataFile);
        }
        catch (IOException exception)
        {
            throw new CatalogDataException(path, null, $"cannot be read: {exception.Message}", exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new CatalogDataException(path, null, $"cannot be read: {exception.Message}", exception);
        }
    }

    private static T ReadShipped<T>(string fileName, JsonTypeInfo<T> typeInfo)
    {
        using var stream = typeof(CatalogLoader).Assembly.GetManifestResourceStream(CatalogFiles.ResourcePrefix + fileName)
            ?? throw new CatalogDataException(fileName, null, "is not embedded in KitaBot.Storage");
        return Deserialize(stream, fileName, typeInfo);
    }

    private static T Deserialize<T>(Stream stream, string file, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(stream, typeInfo) ?? throw new CatalogDataException(file, null, "is empty (null)");
        }
        catch (JsonException exception)
        {
            throw new CatalogDataException(file, null, $"invalid JSON at {exception.Path ?? "$"}: {exception.Message}", exception);
        }
    }

    private static void ThrowIfAny(string file, IReadOnlyList<CatalogProblem> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        var first = problems[0];
        var more = problems.Count > 1 ? $" (and {problems.Count - 1} more: {string.Join("; ", problems.Skip(1).Take(5).Select(p => $"'{p.RecordId}': {p.Message}"))})" : "";
        throw new CatalogDataException(file, first.RecordId, first.Message + more);
    }
}
