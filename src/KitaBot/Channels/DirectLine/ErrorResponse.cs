using System.Text.Json.Serialization;

namespace KitaBot.Channels.DirectLine;

/// <summary>The Direct Line error body: <c>{"error":{"code","message"}}</c>. Codes are stable, messages may change.</summary>
internal sealed record ErrorResponse([property: JsonPropertyName("error")] ErrorDetail Error);
