using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Storage.Tests.Catalog;

public sealed class KitaYearTests
{
    [Theory]
    [InlineData(2026, 8, 1, 2026)]
    [InlineData(2026, 7, 31, 2025)]
    [InlineData(2026, 1, 15, 2025)]
    [InlineData(2025, 12, 31, 2025)]
    public void A_date_belongs_to_the_kita_year_from_1_august_to_31_july(int year, int month, int day, int expectedStartYear)
    {
        var kitaYear = KitaYear.Containing(new DateOnly(year, month, day));

        Assert.Equal(expectedStartYear, kitaYear.StartYear);
        Assert.True(kitaYear.Contains(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Has_start_end_and_name()
    {
        var year = new KitaYear(2026);

        Assert.Equal(new DateOnly(2026, 8, 1), year.Start);
        Assert.Equal(new DateOnly(2027, 7, 31), year.End);
        Assert.Equal("2026/27", year.ToString());
        Assert.Equal("2100/01", new KitaYear(2100).ToString());
        Assert.True(year < year.Next);
    }

    [Theory]
    [InlineData("2026/27", true)]
    [InlineData(" 2099/00 ", true)]
    [InlineData("2026/28", false)]
    [InlineData("26/27", false)]
    [InlineData("2026-27", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Parses_only_well_formed_names(string? text, bool valid)
    {
        Assert.Equal(valid, KitaYear.TryParse(text, out _));
    }
}
