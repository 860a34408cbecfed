using System.Collections.Immutable;
using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Storage.Catalog.Loading;

/// <summary>The content of <c>portals.json</c>.</summary>
public sealed record PortalDataFile(int SchemaVersion, string DataVersion, ImmutableArray<Portal> Portals);
