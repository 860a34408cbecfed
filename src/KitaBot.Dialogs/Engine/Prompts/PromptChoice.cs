using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>
/// One option of a choice prompt: a language-neutral value (what buttons post back and the dialog receives)
/// and its title in the reader's language. Synonyms are extra words that also select it.
/// </summary>
public sealed record PromptChoice(string Value, LocalizedText Title, IReadOnlyList<string>? Synonyms = null);
