using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Protocol;

/// <summary>A part of the text that an activity relates to.</summary>
public sealed class TextHighlight
{
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("occurrence")] public int? Occurrence { get; set; }
}
