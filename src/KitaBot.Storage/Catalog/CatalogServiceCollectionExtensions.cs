using KitaBot.Storage.Catalog.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace KitaBot.Storage.Catalog;

public static class CatalogServiceCollectionExtensions
{
    /// <summary>
    /// Loads and validates the catalog now, so invalid data stops the start-up with a <see cref="CatalogDataException"/>,
    /// and registers <see cref="IPortalCatalog"/> and <see cref="IFacilityDirectory"/> as singletons.
    /// <c>{dataDirectory}/facilities.json</c>, written by the <c>import-facilities</c> verb, replaces the shipped directory.
    /// </summary>
    public static IServiceCollection AddKitaBotCatalog(this IServiceCollection services, string dataDirectory)
    {
        var loaded = CatalogLoader.Load(dataDirectory);
        services.AddSingleton(loaded.Catalog);
        services.AddSingleton(loaded.Facilities);
        return services;
    }
}
