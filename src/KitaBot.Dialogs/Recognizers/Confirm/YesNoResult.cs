namespace KitaBot.Dialogs.Recognizers.Confirm;

/// <summary>
/// A yes/no answer with the span (UTF-16 units) of the word that decided it; for
/// <see cref="YesNoAnswer.None"/> the text is empty and start and length are 0.
/// </summary>
public sealed record YesNoResult(YesNoAnswer Answer, string Text, int Start, int Length)
{
    public static YesNoResult None { get; } = new(YesNoAnswer.None, string.Empty, 0, 0);

    /// <summary>True for yes, false for no, null when there is no clear answer.</summary>
    public bool? AsBoolean => Answer switch
    {
        YesNoAnswer.Yes => true,
        YesNoAnswer.No => false,
        _ => null,
    };
}
