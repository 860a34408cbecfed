using System.Text.Json.Serialization;

namespace KitaBot.Channels.BotService;

/// <summary>The Adaptive Card invoke answer for a malformed <c>adaptiveCard/action</c> (type <c>application/vnd.microsoft.error</c>).</summary>
internal sealed record AdaptiveCardErrorResponse(
    [property: JsonPropertyName("statusCode")] int StatusCode,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] ErrorDetail Value)
{
    public const string ErrorType = "application/vnd.microsoft.error";
}
