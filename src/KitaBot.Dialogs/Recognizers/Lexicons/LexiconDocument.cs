namespace KitaBot.Dialogs.Recognizers.Lexicons;

/// <summary>One language's lexicon file (Recognizers/Lexicons/{code}.json), as written by hand.</summary>
internal sealed class LexiconDocument
{
    public NumberSection Numbers { get; set; } = new();

    public OrdinalSection Ordinals { get; set; } = new();

    public IReadOnlyList<string> Yes { get; set; } = [];

    public IReadOnlyList<string> No { get; set; } = [];

    /// <summary>"Don't know" phrases: they consume words such as "not" so those are not read as an answer.</summary>
    public IReadOnlyList<string> Unsure { get; set; } = [];
}
