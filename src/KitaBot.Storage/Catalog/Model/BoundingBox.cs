namespace KitaBot.Storage.Catalog.Model;

/// <summary>A latitude/longitude rectangle used to sanity-check coordinates of a district.</summary>
public sealed record BoundingBox(double MinLat, double MinLon, double MaxLat, double MaxLon)
{
    public bool Contains(GeoPoint point) =>
        point.Latitude >= MinLat && point.Latitude <= MaxLat && point.Longitude >= MinLon && point.Longitude <= MaxLon;
}
