using KitaBot.Dialogs.Recognizers.Contact;

namespace KitaBot.Cli;

internal sealed class PhoneModeWriter(PhoneRecognizer recognizer) : IModeWriter
{
    public RecognizeResponse Recognize(RecognizeLine line) => new()
    {
        Id = line.Id,
        Phones = [.. recognizer.Recognize(line.Text).Select(match => new PhoneOutput(match.Text, match.Start, match.Length, match.E164))],
    };
}
