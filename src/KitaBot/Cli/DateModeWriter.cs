using KitaBot.Dialogs.Recognizers.Dates;

namespace KitaBot.Cli;

/// <summary>
/// The default mode: dates with their future and past readings relative to the line's reference day.
/// </summary>
internal sealed class DateModeWriter(DateRecognizer recognizer) : IModeWriter
{
    public RecognizeResponse Recognize(RecognizeLine line) => new()
    {
        Id = line.Id,
        Dates = [.. recognizer.Recognize(line.Text, line.Language, line.Reference).Select(match =>
            new DateOutput(match.Text, match.Start, match.Length, match.Future.ToString(), match.Past.ToString()))],
    };
}
