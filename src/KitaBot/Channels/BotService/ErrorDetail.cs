using System.Text.Json.Serialization;

namespace KitaBot.Channels.BotService;

/// <summary>A machine-readable code and a short human message, never internal details.</summary>
internal sealed record ErrorDetail(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
