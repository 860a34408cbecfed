using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KitaBot.Storage.Portal;

/// <summary>The rules and the cryptography of e-mail verification codes.</summary>
internal static class VerificationCodes
{
    public const int MaxWrongAttempts = 5;
    public const int MaxCodesPerHour = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan RateWindow = TimeSpan.FromHours(1);

    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(16);

    /// <summary>HMAC-SHA256 keyed with the code's random salt, bound to the address so a hash is useless elsewhere.</summary>
    public static byte[] Hash(byte[] salt, string foldedEmail, string code) =>
        HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(foldedEmail + "\n" + code));

    /// <summary>Constant-time comparison, so timing reveals nothing about how much of a guess was right.</summary>
    public static bool Matches(byte[] salt, byte[] storedHash, string foldedEmail, string typedCode) =>
        CryptographicOperations.FixedTimeEquals(storedHash, Hash(salt, foldedEmail, Normalize(typedCode)));

    private static string Normalize(string typedCode) =>
        new(typedCode.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
}
