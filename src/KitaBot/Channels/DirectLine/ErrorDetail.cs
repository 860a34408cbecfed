using System.Text.Json.Serialization;

namespace KitaBot.Channels.DirectLine;

/// <summary>The inner part of <see cref="ErrorResponse"/>.</summary>
internal sealed record ErrorDetail(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
