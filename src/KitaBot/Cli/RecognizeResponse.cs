using System.Text.Json.Serialization;

namespace KitaBot.Cli;

/// <summary>One output line: the id plus the result of the mode, or an error. Unused members are not written.</summary>
internal sealed record RecognizeResponse
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Id { get; init; }

    public string? Error { get; init; }

    public IReadOnlyList<DateOutput>? Dates { get; init; }

    public IReadOnlyList<NumberOutput>? Numbers { get; init; }

    public YesNoOutput? YesNo { get; init; }

    public ChoiceOutput? Choices { get; init; }

    public IReadOnlyList<EmailOutput>? Emails { get; init; }

    public IReadOnlyList<PhoneOutput>? Phones { get; init; }

    public IReadOnlyList<PostcodeOutput>? Postcodes { get; init; }

    public static RecognizeResponse Failure(string? id, string error) => new() { Id = id, Error = error };
}
