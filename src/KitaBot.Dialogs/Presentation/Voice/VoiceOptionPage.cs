using KitaBot.Dialogs.Engine.Prompts;

namespace KitaBot.Dialogs.Presentation.Voice;

/// <summary>
/// The options spoken in one voice prompt, numbered from 1. When there are more than fit, <see cref="HasMore"/> is
/// set and <see cref="VoiceOptionPages.MoreNumber"/> plays the next page.
/// </summary>
public sealed record VoiceOptionPage(IReadOnlyList<PromptChoice> Options, bool HasMore)
{
    /// <summary>The option said or pressed as <paramref name="number"/> on this page, or null.</summary>
    public PromptChoice? OptionFor(int number) => number >= 1 && number <= Options.Count ? Options[number - 1] : null;

    /// <summary>Whether <paramref name="number"/> asks for the next page.</summary>
    public bool IsMore(int number) => HasMore && number == VoiceOptionPages.MoreNumber;
}
