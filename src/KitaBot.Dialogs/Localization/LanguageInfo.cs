using System.Collections.Frozen;
using System.Globalization;

namespace KitaBot.Dialogs.Localization;

/// <summary>The fixed facts of one language: its tag (also the Web Chat locale), direction and own name.</summary>
/// <remarks><see cref="Voice"/> is the Azure neural voice used in <c>speak</c> SSML (channels.md §3.4).</remarks>
public sealed record LanguageInfo(Language Language, string Tag, bool IsRightToLeft, string NativeName, string Voice)
{
    public static IReadOnlyList<LanguageInfo> All { get; } =
    [
        new(Language.German, "de-DE", false, "Deutsch", "de-DE-KatjaNeural"),
        new(Language.English, "en-GB", false, "English", "en-GB-SoniaNeural"),
        new(Language.French, "fr-FR", false, "Français", "fr-FR-DeniseNeural"),
        new(Language.Ukrainian, "uk-UA", false, "Українська", "uk-UA-PolinaNeural"),
        new(Language.Arabic, "ar-SA", true, "العربية", "ar-SA-ZariyahNeural"),
        new(Language.Turkish, "tr-TR", false, "Türkçe", "tr-TR-EmelNeural"),
        new(Language.Russian, "ru-RU", false, "Русский", "ru-RU-SvetlanaNeural"),
        new(Language.Polish, "pl-PL", false, "Polski", "pl-PL-ZofiaNeural"),
        new(Language.Romanian, "ro-RO", false, "Română", "ro-RO-AlinaNeural"),
        new(Language.Bulgarian, "bg-BG", false, "Български", "bg-BG-KalinaNeural"),
        new(Language.Persian, "fa-IR", true, "فارسی", "fa-IR-DilaraNeural"),
    ];

    private static readonly FrozenDictionary<string, LanguageInfo> ByPrimarySubtag =
        All.ToFrozenDictionary(info => info.Tag[..2], StringComparer.OrdinalIgnoreCase);

    /// <summary>The two-letter ISO 639-1 code, e.g. "uk".</summary>
    public string Code => Tag[..2];

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Tag);

    public static LanguageInfo Of(Language language) => All[(int)language];

    /// <summary>
    /// Maps any BCP-47 locale ("fr", "fr-CA", "ar-EG", "DE_de") to our language, or null when unknown or missing;
    /// an unknown locale is never an error (Activity spec A3020).
    /// </summary>
    public static LanguageInfo? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale) || locale.Length < 2)
        {
            return null;
        }

        var primary = locale.AsSpan(0, 2).ToString();
        if (locale.Length > 2 && locale[2] is not ('-' or '_'))
        {
            return null;
        }

        return ByPrimarySubtag.GetValueOrDefault(primary);
    }
}
