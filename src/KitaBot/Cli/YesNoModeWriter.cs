using KitaBot.Dialogs.Recognizers.Confirm;

namespace KitaBot.Cli;

internal sealed class YesNoModeWriter(YesNoRecognizer recognizer) : IModeWriter
{
    public RecognizeResponse Recognize(RecognizeLine line)
    {
        var result = recognizer.Recognize(line.Text, line.Language);
        var answer = result.Answer switch
        {
            YesNoAnswer.Yes => "yes",
            YesNoAnswer.No => "no",
            _ => "none",
        };
        return new RecognizeResponse { Id = line.Id, YesNo = new YesNoOutput(answer, result.Text, result.Start, result.Length) };
    }
}
