namespace KitaBot.Dialogs.Recognizers.Numbers;

/// <summary>
/// A recognised word (or part of a compound word, or a digit run) with its range in the folded text.
/// <see cref="BreakBefore"/> is set when punctuation or a non-number word separates it from the previous piece.
/// </summary>
internal readonly record struct NumberPiece(NumberWord Word, int FoldedStart, int FoldedEnd, bool BreakBefore, bool IsDigits);
