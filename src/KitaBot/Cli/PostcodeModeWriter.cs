using KitaBot.Dialogs.Recognizers.Contact;

namespace KitaBot.Cli;

internal sealed class PostcodeModeWriter(GermanPostcodeRecognizer recognizer) : IModeWriter
{
    public RecognizeResponse Recognize(RecognizeLine line) => new()
    {
        Id = line.Id,
        Postcodes = [.. recognizer.Recognize(line.Text).Select(match => new PostcodeOutput(match.Text, match.Start, match.Length, match.Postcode))],
    };
}
