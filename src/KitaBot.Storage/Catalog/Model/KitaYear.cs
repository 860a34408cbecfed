using System.Globalization;
using System.Text.Json.Serialization;

namespace KitaBot.Storage.Catalog.Model;

/// <summary>
/// A Kita year, 1 August to 31 July (KiBiz § 1(3)), named like "2026/27" after the calendar year it starts in.
/// </summary>
[JsonConverter(typeof(KitaYearJsonConverter))]
public readonly record struct KitaYear(int StartYear) : IComparable<KitaYear>
{
    public DateOnly Start => new(StartYear, 8, 1);

    public DateOnly End => new(StartYear + 1, 7, 31);

    public KitaYear Next => new(StartYear + 1);

    /// <summary>The Kita year a date falls into.</summary>
    public static KitaYear Containing(DateOnly date) => new(date.Month >= 8 ? date.Year : date.Year - 1);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Parses "2026/27" (the second part must be the following year).</summary>
    public static bool TryParse(string? text, out KitaYear year)
    {
        year = default;
        var parts = text?.Trim().Split('/');
        if (parts is not [var first, var second] || first.Length != 4 || second.Length != 2
            || !int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || start < 2000 || (start + 1) % 100 != end)
        {
            return false;
        }

        year = new KitaYear(start);
        return true;
    }

    public static bool operator <(KitaYear left, KitaYear right) => left.StartYear < right.StartYear;

    public static bool operator >(KitaYear left, KitaYear right) => left.StartYear > right.StartYear;

    public static bool operator <=(KitaYear left, KitaYear right) => left.StartYear <= right.StartYear;

    public static bool operator >=(KitaYear left, KitaYear right) => left.StartYear >= right.StartYear;

    public int CompareTo(KitaYear other) => StartYear.CompareTo(other.StartYear);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{StartYear}/{(StartYear + 1) % 100:00}");
}
