using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>A validator's verdict: valid, or invalid with the reason told to the user before the question again.</summary>
public sealed record PromptValidation(bool IsValid, LocalizedText? Reason)
{
    public static PromptValidation Valid { get; } = new(true, null);

    public static PromptValidation Invalid(LocalizedText reason) => new(false, reason);
}
