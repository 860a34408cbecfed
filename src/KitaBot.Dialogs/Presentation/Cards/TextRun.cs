using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Presentation.Cards;

/// <summary>One run of plain text in a <see cref="RichTextBlock"/>; <see cref="Weight"/> "bolder" for headings.</summary>
public sealed record TextRun([property: JsonPropertyName("text")] string Text)
{
    [JsonPropertyName("type")]
    public string Type { get; init; } = "TextRun";

    [JsonPropertyName("weight")]
    public string? Weight { get; init; }
}
