using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Presentation;

/// <summary>The body of the answer to an <c>adaptiveCard/action</c> invoke: a status, the response type and a message.</summary>
public sealed record AdaptiveCardInvokeResponse(
    [property: JsonPropertyName("statusCode")] int StatusCode,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] string Value);
