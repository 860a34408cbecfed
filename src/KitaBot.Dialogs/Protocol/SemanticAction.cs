using System.Text.Json;
using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Protocol;

/// <summary>A programmatic action the activity requests.</summary>
public sealed class SemanticAction
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("state")] public string? State { get; set; }
    [JsonPropertyName("entities")] public JsonElement? Entities { get; set; }
}
