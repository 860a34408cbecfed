using System.Collections.Frozen;
using System.Collections.Immutable;
using KitaBot.Storage.Catalog.Loading;
using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Storage.Catalog.Lookup;

/// <summary>The immutable, validated catalog with its lookup indexes built once.</summary>
internal sealed class PortalCatalog : IPortalCatalog
{
    private static readonly string[] AdministrativePrefixes = ["stadt", "gemeinde"];

    private readonly FrozenDictionary<string, Town> townsById;
    private readonly FrozenDictionary<string, Town> townsByNameKey;
    private readonly FrozenDictionary<string, ImmutableArray<Town>> townsByPostcode;
    private readonly FrozenDictionary<string, ImmutableArray<Town>> townsByOrtsteilKey;
    private readonly FrozenDictionary<string, Portal> portalsById;
    private readonly FrozenDictionary<string, JugendamtOffice> officesById;
    private readonly FrozenDictionary<string, ChildminderService> childminderServiceByTown;

    public PortalCatalog(TownDataFile towns, PortalDataFile portals, ChildminderDataFile childminders)
    {
        DataVersion = towns.DataVersion;
        Portals = portals.Portals;
        Districts = towns.Districts;
        Towns = towns.Towns;
        JugendamtOffices = towns.JugendamtOffices;
        ChildminderServices = childminders.ChildminderServices;

        townsById = Towns.ToFrozenDictionary(town => town.Id, StringComparer.Ordinal);
        townsByNameKey = Towns
            .SelectMany(town => town.Aliases.Prepend(town.Name).Select(name => (Key: NameKey.Of(name), Town: town)))
            .DistinctBy(entry => entry.Key)
            .ToFrozenDictionary(entry => entry.Key, entry => entry.Town, StringComparer.Ordinal);
        townsByPostcode = Towns
            .SelectMany(town => town.Postcodes.Select(postcode => (Postcode: postcode, Town: town)))
            .GroupBy(entry => entry.Postcode, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(entry => entry.Town).ToImmutableArray(), StringComparer.Ordinal);
        townsByOrtsteilKey = Towns
            .SelectMany(town => town.Ortsteile
                .SelectMany(ortsteil => ortsteil.Aliases.Prepend(ortsteil.Name))
                .Select(name => (Key: NameKey.Of(name), Town: town)))
            .Distinct()
            .GroupBy(entry => entry.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(entry => entry.Town).ToImmutableArray(), StringComparer.Ordinal);
        portalsById = Portals.ToFrozenDictionary(portal => portal.Id, StringComparer.Ordinal);
        officesById = JugendamtOffices.ToFrozenDictionary(office => office.Id, StringComparer.Ordinal);
        childminderServiceByTown = ChildminderServices
            .SelectMany(service => service.TownIds.Select(townId => (TownId: townId, Service: service)))
            .ToFrozenDictionary(entry => entry.TownId, entry => entry.Service, StringComparer.Ordinal);
    }

    public string DataVersion { get; }

    public ImmutableArray<Portal> Portals { get; }

    public ImmutableArray<District> Districts { get; }

    public ImmutableArray<Town> Towns { get; }

    public ImmutableArray<JugendamtOffice> JugendamtOffices { get; }

    public ImmutableArray<ChildminderService> ChildminderServices { get; }

    public Portal? FindPortal(string portalId) => portalsById.GetValueOrDefault(portalId);

    public Town? FindTownById(string townId) => townsById.GetValueOrDefault(townId);

    public JugendamtOffice? FindOffice(string officeId) => officesById.GetValueOrDefault(officeId);

    public Town? FindTown(string nameOrAlias)
    {
        if (townsByNameKey.TryGetValue(NameKey.Of(nameOrAlias), out var town))
        {
            return town;
        }

        var words = nameOrAlias.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length == 2 && AdministrativePrefixes.Contains(NameKey.Of(words[0]), StringComparer.Ordinal)
            ? townsByNameKey.GetValueOrDefault(NameKey.Of(words[1]))
            : null;
    }

    public IReadOnlyList<Town> SuggestTowns(string text, int max = 3) =>
        FuzzyNames.Closest(text, Towns, town => town.Aliases.Prepend(town.Name), max);

    public IReadOnlyList<PostcodeMatch> FindByPostcode(string postcode) =>
        townsByPostcode.TryGetValue(postcode.Trim(), out var towns)
            ? towns.Select(town => new PostcodeMatch(town, town.Ortsteile)).ToList()
            : [];

    public IReadOnlyList<Town> FindTownsByOrtsteil(string ortsteil) =>
        townsByOrtsteilKey.GetValueOrDefault(NameKey.Of(ortsteil), []);

    public OrtsteilCheck CheckOrtsteil(Town town, string ortsteil)
    {
        var key = NameKey.Of(ortsteil);
        var match = key.Length == 0
            ? null
            : town.Ortsteile.FirstOrDefault(known => NameKey.Of(known.Name) == key || known.Aliases.Any(alias => NameKey.Of(alias) == key));
        var suggestions = match is null
            ? FuzzyNames.Closest(ortsteil, town.Ortsteile, known => known.Aliases.Prepend(known.Name), 3).ToImmutableArray()
            : [];
        return new OrtsteilCheck(match, suggestions, town.OrtsteileComplete);
    }

    public TownRoute RouteFor(Town town)
    {
        var office = officesById[town.JugendamtId];
        return town.PortalId is { } portalId
            ? new PortalRoute(town, office, portalsById[portalId])
            : new OwnProcedureRoute(town, office, town.OwnProcedure!);
    }

    public ChildminderService ChildminderServiceFor(Town town) => childminderServiceByTown[town.Id];
}
