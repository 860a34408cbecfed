using System.Globalization;
using System.Resources;

namespace KitaBot.Channels.BotService;

/// <summary>
/// The few user-facing texts the channel itself sends, from <c>BotServiceTexts.resx</c>. Localised variants can be
/// added as satellite resources (<c>BotServiceTexts.de.resx</c>, …) and are picked by the activity's locale.
/// </summary>
internal static class BotServiceTexts
{
    private static readonly ResourceManager Resources = new(typeof(BotServiceTexts).FullName!, typeof(BotServiceTexts).Assembly);

    /// <summary>The polite refusal for Teams users from a tenant that is not on the allow-list.</summary>
    public static string TenantNotAllowed(string? locale) =>
        Resources.GetString(nameof(TenantNotAllowed), CultureOf(locale)) ?? nameof(TenantNotAllowed);

    private static CultureInfo CultureOf(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            return CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
