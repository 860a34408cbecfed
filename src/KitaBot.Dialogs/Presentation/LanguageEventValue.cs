using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Presentation;

/// <summary>The value of the <see cref="LanguageEvent"/>.</summary>
public sealed record LanguageEventValue([property: JsonPropertyName("locale")] string Locale);
