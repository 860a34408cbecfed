using System.Collections.Immutable;
using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Storage.Catalog.Loading;

/// <summary>The content of <c>childminder-services.json</c>.</summary>
public sealed record ChildminderDataFile(int SchemaVersion, string DataVersion, ImmutableArray<ChildminderService> ChildminderServices);
