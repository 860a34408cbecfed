using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Protocol;

/// <summary>The answer of a channel to a sent activity.</summary>
public sealed class ResourceResponse
{
    [JsonPropertyName("id")] public string? Id { get; set; }
}
