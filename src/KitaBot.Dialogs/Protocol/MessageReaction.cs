using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Protocol;

/// <summary>A reaction such as "like" on a message.</summary>
public sealed class MessageReaction
{
    [JsonPropertyName("type")] public string? Type { get; set; }
}
