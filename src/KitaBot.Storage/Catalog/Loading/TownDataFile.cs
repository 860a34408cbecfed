using System.Collections.Immutable;
using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Storage.Catalog.Loading;

/// <summary>The content of <c>towns.json</c>: districts, Jugendamt offices and towns.</summary>
public sealed record TownDataFile(
    int SchemaVersion,
    string DataVersion,
    ImmutableArray<District> Districts,
    ImmutableArray<JugendamtOffice> JugendamtOffices,
    ImmutableArray<Town> Towns);
