namespace KitaBot.Dialogs.Localization;

/// <summary>
/// Every user-facing text. Each id has a string in every <c>Resources/{tag}.json</c>; the completeness test
/// checks that, and that placeholders and plural forms agree. Persisted by name.
/// </summary>
public enum TextId
{
    /// <summary>Shows a value as it is: "{value}".</summary>
    Verbatim,
    PromptNotUnderstood,
    PromptTooManyAttempts,
    VoiceOption,
    ErrorApology,
    BusyTryAgain,
    SectionRestarted,
    ChoiceNotUnderstood,
}
