namespace KitaBot.Storage.Catalog.Loading;

/// <summary>The validated catalog and facility directory, built once at start-up.</summary>
public sealed record LoadedCatalog(IPortalCatalog Catalog, IFacilityDirectory Facilities);
