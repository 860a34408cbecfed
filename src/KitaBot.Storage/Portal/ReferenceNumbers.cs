using System.Security.Cryptography;

namespace KitaBot.Storage.Portal;

/// <summary>
/// Reference numbers like <c>KB-2026-7K3M9Q</c>: the release year in Germany and six random characters from an
/// alphabet without look-alikes (no 0/O, 1/I/L), easy to read out on the phone.
/// </summary>
internal static class ReferenceNumbers
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static readonly TimeZoneInfo Germany = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static string New(DateTimeOffset now)
    {
        var year = TimeZoneInfo.ConvertTime(now, Germany).Year;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"KB-{year}-{new string(RandomNumberGenerator.GetItems<char>(Alphabet, 6))}");
    }

    /// <summary>The stored form of a reference number typed by someone: trimmed, upper case.</summary>
    public static string Normalize(string referenceNumber) => referenceNumber.Trim().ToUpperInvariant();
}
