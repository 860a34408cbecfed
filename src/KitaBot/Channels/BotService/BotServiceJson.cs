using System.Text.Json;
using System.Text.Json.Serialization;
using KitaBot.Channels.BotService.Outbound;

namespace KitaBot.Channels.BotService;

/// <summary>Source-generated JSON for the channel's own messages (errors, token answers).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(AdaptiveCardErrorResponse))]
[JsonSerializable(typeof(AccessTokenResponse))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class BotServiceJson : JsonSerializerContext;
