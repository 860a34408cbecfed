using KitaBot.Dialogs.Recognizers.Choices;

namespace KitaBot.Cli;

internal sealed class ChoiceModeWriter(ChoiceRecognizer recognizer) : IModeWriter
{
    private const int ScoreDecimals = 3;

    public RecognizeResponse Recognize(RecognizeLine line)
    {
        if (line.Choices is not { Count: > 0 } inputs)
        {
            return RecognizeResponse.Failure(line.Id, "choices mode needs a non-empty \"choices\" array");
        }

        if (inputs.Any(input => input is null || string.IsNullOrEmpty(input.Value)))
        {
            return RecognizeResponse.Failure(line.Id, "every choice needs a non-empty \"value\"");
        }

        var choices = inputs.Select(input => new Choice(input.Value!, input.Title ?? input.Value!, input.Synonyms?.Where(s => s is not null).ToList() ?? [])).ToList();
        var result = recognizer.Recognize(line.Text, choices, line.Language);
        var status = result.Status switch
        {
            ChoiceRecognitionStatus.Matched => "matched",
            ChoiceRecognitionStatus.Ambiguous => "ambiguous",
            _ => "none",
        };
        var candidates = result.Candidates.Select(match => new ChoiceCandidateOutput(
            match.Choice.Value, match.Index, Math.Round(match.Score, ScoreDecimals), KindName(match.Kind), match.Text, match.Start, match.Length));
        return new RecognizeResponse { Id = line.Id, Choices = new ChoiceOutput(status, [.. candidates]) };
    }

    private static string KindName(ChoiceMatchKind kind) => kind switch
    {
        ChoiceMatchKind.PostBack => "postBack",
        ChoiceMatchKind.Value => "value",
        ChoiceMatchKind.Title => "title",
        ChoiceMatchKind.Synonym => "synonym",
        ChoiceMatchKind.Ordinal => "ordinal",
        _ => "index",
    };
}
