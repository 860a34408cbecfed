namespace KitaBot.Dialogs.Recognizers.Choices;

/// <summary>
/// A choice the answer points to: its 0-based <see cref="Index"/> in the offered list, a <see cref="Score"/>
/// in (0, 1] and the span (UTF-16 units) of the words that matched.
/// </summary>
public sealed record ChoiceMatch(Choice Choice, int Index, double Score, ChoiceMatchKind Kind, string Text, int Start, int Length);
