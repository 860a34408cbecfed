using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Presentation.Cards;

/// <summary>
/// An Adaptive Card, pinned to version 1.5 because Teams renders bot cards up to 1.5 (channels.md §0.3).
/// <see cref="Lang"/> sets the language of dates and inputs; <see cref="Rtl"/> lays out Arabic and Persian right to left.
/// </summary>
public sealed record AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string CardVersion = "1.5";

    [JsonPropertyName("type")]
    public string Type { get; init; } = "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string Schema { get; init; } = SchemaUrl;

    [JsonPropertyName("version")]
    public string Version { get; init; } = CardVersion;

    [JsonPropertyName("lang")]
    public string? Lang { get; init; }

    [JsonPropertyName("rtl")]
    public bool? Rtl { get; init; }

    [JsonPropertyName("body")]
    public required IReadOnlyList<CardElement> Body { get; init; }

    [JsonPropertyName("actions")]
    public IReadOnlyList<CardButton>? Actions { get; init; }
}
