using KitaBot.Dialogs.Localization;

namespace KitaBot.Cli;

/// <summary>A validated input line: what every mode needs.</summary>
internal sealed record RecognizeLine(string? Id, string Text, Language Language, DateOnly Reference, IReadOnlyList<ChoiceInput>? Choices);
