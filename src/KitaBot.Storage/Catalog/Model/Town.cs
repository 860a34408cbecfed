using System.Collections.Immutable;

namespace KitaBot.Storage.Catalog.Model;

/// <summary>
/// A municipality. <see cref="PortalId"/> is null when the town has its own procedure (<see cref="OwnProcedure"/>).
/// <see cref="OrtsteileComplete"/> is false when the shipped list is known to be partial, so free text is accepted.
/// </summary>
public sealed record Town(
    string Id,
    string Name,
    string DistrictId,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Postcodes,
    bool PostcodesVerified,
    GeoPoint Centre,
    bool CentreVerified,
    ImmutableArray<Ortsteil> Ortsteile,
    bool OrtsteileComplete,
    string OrtsteileSource,
    string JugendamtId,
    string? PortalId,
    OwnProcedure? OwnProcedure,
    ImmutableArray<SourcedNote> Notes,
    ImmutableArray<string> Sources)
{
    public bool HasPostcode(string postcode) => Postcodes.Contains(postcode.Trim(), StringComparer.Ordinal);
}
