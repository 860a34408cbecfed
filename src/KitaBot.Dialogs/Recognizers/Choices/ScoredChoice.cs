namespace KitaBot.Dialogs.Recognizers.Choices;

/// <summary>
/// A word match with its evidence (the weighted amount of the choice's words found in the answer) and whether
/// every word of the choice was found.
/// </summary>
internal sealed record ScoredChoice(ChoiceMatch Match, double Evidence, bool Complete);
