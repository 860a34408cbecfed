using System.Text.Json.Serialization;

namespace KitaBot.Channels.BotService;

/// <summary>The JSON body of every 4xx/5xx answer of <c>/api/messages</c>.</summary>
internal sealed record ErrorResponse([property: JsonPropertyName("error")] ErrorDetail Error);
