namespace KitaBot.Dialogs.Localization;

/// <summary>
/// A text to show, as a resource id and its arguments, not as rendered words. Prompts persist this form, so a
/// re-prompt after a language switch is rendered in the new language.
/// </summary>
public sealed record LocalizedText(TextId Id, IReadOnlyList<TextArg> Args)
{
    public static implicit operator LocalizedText(TextId id) => new(id, []);

    public static LocalizedText Of(TextId id, params TextArg[] args) => new(id, args);
}
