using System.Text.Json.Serialization;

namespace KitaBot.Cli;

/// <summary>One input line of <c>recognize</c>: {"id", "text", "culture", "reference", "choices"}.</summary>
internal sealed class RecognizeRequest
{
    [JsonConverter(typeof(LineIdConverter))]
    public string? Id { get; set; }

    public string? Text { get; set; }

    /// <summary>BCP-47 locale such as "de-DE"; German when absent.</summary>
    public string? Culture { get; set; }

    /// <summary>Reference day for relative dates, "YYYY-MM-DD"; today in Europe/Berlin when absent.</summary>
    public string? Reference { get; set; }

    public IReadOnlyList<ChoiceInput>? Choices { get; set; }
}
