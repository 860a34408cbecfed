using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Tests.Recognizers.Dates;

/// <summary>
/// One line of a date corpus file (Corpus/dates/xx.jsonl). A positive case names the one expected match
/// (<see cref="Match"/>, defaulting to the whole text) and its values; <see cref="Past"/> defaults to
/// <see cref="Value"/>. A case with <see cref="None"/> expects no date at all.
/// </summary>
public sealed class DateCorpusCase
{
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    [JsonPropertyName("reference")]
    public string? Reference { get; init; }

    [JsonPropertyName("match")]
    public string? Match { get; init; }

    [JsonPropertyName("start")]
    public int? Start { get; init; }

    [JsonPropertyName("value")]
    public string? Value { get; init; }

    [JsonPropertyName("past")]
    public string? Past { get; init; }

    [JsonPropertyName("kind")]
    public string? Kind { get; init; }

    [JsonPropertyName("none")]
    public bool None { get; init; }
}
