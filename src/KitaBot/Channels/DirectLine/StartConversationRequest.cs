using System.Text.Json.Serialization;

namespace KitaBot.Channels.DirectLine;

/// <summary>The optional body of POST /conversations; only the locale is used, unknown members are ignored.</summary>
internal sealed record StartConversationRequest([property: JsonPropertyName("locale")] string? Locale);
