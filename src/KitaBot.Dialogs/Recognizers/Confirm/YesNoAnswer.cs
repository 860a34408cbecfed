namespace KitaBot.Dialogs.Recognizers.Confirm;

public enum YesNoAnswer
{
    /// <summary>Neither, both, or "don't know".</summary>
    None,
    Yes,
    No,
}
