using System.Text.Json.Serialization;

namespace KitaBot.Channels.BotService.Outbound;

/// <summary>The OAuth 2.0 token endpoint answer for the client-credentials grant.</summary>
internal sealed record AccessTokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("token_type")] string? TokenType);
