using System.Text.Json;
using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Protocol;

/// <summary>An open entity such as a mention or client info; everything but <see cref="Type"/> is kept as sent.</summary>
public sealed class Entity
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
