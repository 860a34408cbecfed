using KitaBot.Dialogs.Recognizers.Contact;

namespace KitaBot.Cli;

internal sealed class EmailModeWriter(EmailRecognizer recognizer) : IModeWriter
{
    public RecognizeResponse Recognize(RecognizeLine line) => new()
    {
        Id = line.Id,
        Emails = [.. recognizer.Recognize(line.Text).Select(match => new EmailOutput(match.Text, match.Start, match.Length, match.Address))],
    };
}
