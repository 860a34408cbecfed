using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Storage.Tests.Catalog;

public sealed class ChildAgeTests
{
    [Theory]
    [InlineData("2025-03-15", "2025-07-15", 4)]
    [InlineData("2025-03-15", "2025-07-14", 3)]
    [InlineData("2025-01-31", "2025-02-28", 1)]
    [InlineData("2024-02-29", "2027-08-01", 41)]
    [InlineData("2026-08-01", "2026-08-01", 0)]
    [InlineData("2026-10-01", "2026-08-01", -2)]
    public void Counts_completed_months(string birth, string on, int expected)
    {
        Assert.Equal(expected, ChildAge.InMonths(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
