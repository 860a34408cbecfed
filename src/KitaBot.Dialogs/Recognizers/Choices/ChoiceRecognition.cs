namespace KitaBot.Dialogs.Recognizers.Choices;

/// <summary>
/// The outcome of recognising an answer against a list of choices. <see cref="Candidates"/> holds the one match
/// when <see cref="Status"/> is Matched, the tied matches when Ambiguous, and nothing when NoMatch.
/// </summary>
public sealed record ChoiceRecognition(ChoiceRecognitionStatus Status, IReadOnlyList<ChoiceMatch> Candidates)
{
    public static ChoiceRecognition NoMatch { get; } = new(ChoiceRecognitionStatus.NoMatch, []);

    /// <summary>The selected choice, or null unless <see cref="Status"/> is Matched.</summary>
    public ChoiceMatch? Best => Status == ChoiceRecognitionStatus.Matched ? Candidates[0] : null;
}
