namespace KitaBot.Cli;

/// <summary>A choice offered in a <c>recognize --mode choices</c> input line.</summary>
internal sealed class ChoiceInput
{
    public string? Value { get; set; }

    public string? Title { get; set; }

    public IReadOnlyList<string>? Synonyms { get; set; }
}
