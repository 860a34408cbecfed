namespace KitaBot.Dialogs.Recognizers.Choices;

public enum ChoiceRecognitionStatus
{
    NoMatch,
    Matched,

    /// <summary>Several choices fit equally well; the candidates are listed so the dialog can ask which one.</summary>
    Ambiguous,
}
