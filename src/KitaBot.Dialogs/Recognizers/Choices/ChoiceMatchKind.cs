namespace KitaBot.Dialogs.Recognizers.Choices;

/// <summary>How the user's answer selected a choice, strongest first.</summary>
public enum ChoiceMatchKind
{
    /// <summary>The text is exactly the choice's value, as sent by a button (postBack / imBack).</summary>
    PostBack,
    Value,
    Title,
    Synonym,

    /// <summary>"the second", "die zweite", "al doilea".</summary>
    Ordinal,

    /// <summary>The 1-based position as a number ("2", "zwei").</summary>
    Index,
}
