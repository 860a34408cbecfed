using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Storage.Tests.Catalog;

public sealed class GeoPointTests
{
    [Fact]
    public void Haversine_distance_matches_a_known_value()
    {
        // One degree of latitude is about 111.2 km on the mean-radius sphere.
        Assert.Equal(111.2, new GeoPoint(51, 8).DistanceKmTo(new GeoPoint(52, 8)), 1);
        Assert.Equal(0, new GeoPoint(51.5, 7.9).DistanceKmTo(new GeoPoint(51.5, 7.9)), 6);
    }

    [Fact]
    public void Distance_between_werl_and_soest_centres_is_about_thirteen_km()
    {
        var werl = new GeoPoint(51.550, 7.920);
        var soest = new GeoPoint(51.571, 8.109);

        Assert.InRange(werl.DistanceKmTo(soest), 13, 14);
        Assert.Equal(werl.DistanceKmTo(soest), soest.DistanceKmTo(werl), 9);
    }

    [Fact]
    public void Rejects_impossible_coordinates()
    {
        Assert.False(new GeoPoint(91, 0).IsValid);
        Assert.False(new GeoPoint(double.NaN, 8).IsValid);
        Assert.True(new GeoPoint(51.5, 7.9).IsValid);
    }
}
