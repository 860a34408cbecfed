using System.Collections.Immutable;
using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Storage.Catalog.Loading;

/// <summary>The content of <c>facilities.json</c>, shipped or written by the operator import.</summary>
public sealed record FacilityDataFile(int SchemaVersion, string DataVersion, ImmutableArray<Facility> Facilities);
