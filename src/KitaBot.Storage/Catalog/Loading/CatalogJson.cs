using System.Text.Json.Serialization;

namespace KitaBot.Storage.Catalog.Loading;

/// <summary>
/// Strict JSON for the data files: unknown members, missing constructor parameters and nulls in non-nullable
/// members are errors, so a typo in a hand-edited file fails at start-up instead of silently losing a value.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(PortalDataFile))]
[JsonSerializable(typeof(TownDataFile))]
[JsonSerializable(typeof(FacilityDataFile))]
[JsonSerializable(typeof(ChildminderDataFile))]
internal sealed partial class CatalogJson : JsonSerializerContext;
