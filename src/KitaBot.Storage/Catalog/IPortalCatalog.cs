using System.Collections.Immutable;
using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Storage.Catalog;

/// <summary>Portals, towns and offices of the shipped data: who serves a town and how to reach them.</summary>
public interface IPortalCatalog
{
    /// <summary>The dataVersion of towns.json, to cite in answers and logs.</summary>
    string DataVersion { get; }

    ImmutableArray<Portal> Portals { get; }

    ImmutableArray<District> Districts { get; }

    ImmutableArray<Town> Towns { get; }

    ImmutableArray<JugendamtOffice> JugendamtOffices { get; }

    ImmutableArray<ChildminderService> ChildminderServices { get; }

    Portal? FindPortal(string portalId);

    Town? FindTownById(string townId);

    JugendamtOffice? FindOffice(string officeId);

    /// <summary>
    /// The town whose name or alias matches, ignoring case, accents, punctuation and a leading "Stadt"/"Gemeinde":
    /// "wickede", "Wickede (Ruhr)", "Ruethen", "bad sassendorf". Null when no town matches (e.g. outside both districts).
    /// </summary>
    Town? FindTown(string nameOrAlias);

    /// <summary>Towns whose names are close to the text, best first, for a "did you mean" answer.</summary>
    IReadOnlyList<Town> SuggestTowns(string text, int max = 3);

    /// <summary>Every town (with its Ortsteile) that uses the postcode; several when a PLZ is shared.</summary>
    IReadOnlyList<PostcodeMatch> FindByPostcode(string postcode);

    /// <summary>
    /// Towns that have an Ortsteil of this name or alias, for a family that names its village instead of the town
    /// ("Bad Westernkotten" → Erwitte); several when the name exists twice ("Völlinghausen").
    /// </summary>
    IReadOnlyList<Town> FindTownsByOrtsteil(string ortsteil);

    /// <summary>Checks an Ortsteil against the town's list and suggests close names when it is unknown.</summary>
    OrtsteilCheck CheckOrtsteil(Town town, string ortsteil);

    /// <summary>Which portal serves the town, or that the town has its own procedure and office.</summary>
    TownRoute RouteFor(Town town);

    /// <summary>The Fachberatung Kindertagespflege responsible for the town.</summary>
    ChildminderService ChildminderServiceFor(Town town);
}
