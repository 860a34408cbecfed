namespace KitaBot.Storage.Catalog.Loading;

/// <summary>The names of the data files, shipped as embedded resources of KitaBot.Storage.</summary>
public static class CatalogFiles
{
    public const string Portals = "portals.json";
    public const string Towns = "towns.json";
    public const string Facilities = "facilities.json";
    public const string ChildminderServices = "childminder-services.json";

    internal const string ResourcePrefix = "KitaBot.Storage.Data.";
}
