using System.Text.Json.Serialization;

namespace KitaBot.TestHost;

/// <summary>The value of the <c>kitabot.language</c> event: the locale the page should switch to.</summary>
public sealed record LanguageSwitch([property: JsonPropertyName("locale")] string Locale);
