using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>
/// What a prompt asks, persisted with the prompt as ids and arguments (never rendered text), so a re-prompt
/// after a language switch comes in the new language. <see cref="Slot"/> names the answer, e.g. "child.dateOfBirth".
/// </summary>
public sealed record PromptOptions
{
    public required string Slot { get; init; }

    public required InputKind Kind { get; init; }

    public required LocalizedText Prompt { get; init; }

    /// <summary>Sent instead of <see cref="Prompt"/> after an answer that was not understood.</summary>
    public LocalizedText? RetryPrompt { get; init; }

    public IReadOnlyList<PromptChoice>? Choices { get; init; }

    /// <summary>After this many failed answers in a row the prompt offers help and a person.</summary>
    public int MaxAttempts { get; init; } = 3;
}
