using System.Collections.Frozen;

namespace KitaBot.Storage.Catalog.Model;

/// <summary>
/// The ISO 639 language codes a facility may list for its staff: KitaBot's eleven UI languages plus the
/// tier-2 languages of the domain research and a few common neighbours.
/// </summary>
public static class StaffLanguage
{
    public static FrozenSet<string> KnownCodes { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "de", "en", "fr", "uk", "ar", "tr", "ru", "pl", "ro", "bg", "fa",
        "ku", "ckb", "ps", "ti", "so", "sq", "sr", "bs", "hr", "it", "el", "es", "pt", "nl", "prs", "hu", "cs", "vi", "zh");

    public static bool IsKnown(string code) => KnownCodes.Contains(code);

    /// <summary>The primary subtag of a locale in lower case: "tr-TR" and "TR" both give "tr".</summary>
    public static string PrimarySubtagOf(string languageTag)
    {
        var trimmed = languageTag.Trim();
        var end = trimmed.IndexOfAny(['-', '_']);
        return (end < 0 ? trimmed : trimmed[..end]).ToLowerInvariant();
    }
}
