using KitaBot.Dialogs.Recognizers.Numbers;

namespace KitaBot.Cli;

internal sealed class NumberModeWriter(NumberRecognizer recognizer) : IModeWriter
{
    public RecognizeResponse Recognize(RecognizeLine line) => new()
    {
        Id = line.Id,
        Numbers = [.. recognizer.Recognize(line.Text, line.Language).Select(match =>
            new NumberOutput(match.Text, match.Start, match.Length, match.Value, match.Kind == NumberKind.Ordinal ? "ordinal" : "cardinal"))],
    };
}
