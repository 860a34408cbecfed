namespace KitaBot.Cli;

/// <summary>One <c>recognize --mode</c>: runs its recognizer on a line and shapes the output line.</summary>
internal interface IModeWriter
{
    RecognizeResponse Recognize(RecognizeLine line);
}
