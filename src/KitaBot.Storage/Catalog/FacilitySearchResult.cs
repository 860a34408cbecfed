using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Storage.Catalog;

/// <summary>A matching facility and its distance in km from the query's origin (null without an origin).</summary>
public sealed record FacilitySearchResult(Facility Facility, double? DistanceKm);
