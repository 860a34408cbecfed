using System.Text.Json.Serialization;

namespace KitaBot.Channels.DirectLine;

/// <summary>The Direct Line "Conversation" object: answer to start, reconnect, token generate and refresh.</summary>
internal sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl);
