namespace KitaBot.Dialogs.Recognizers.Text;

/// <summary>A token in a <see cref="FoldedText"/>: start and length refer to the folded text.</summary>
public readonly record struct TextToken(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> In(FoldedText text) => text.Text.AsSpan(Start, Length);
}
