namespace KitaBot.Dialogs.Recognizers.Text;

/// <summary>What a <see cref="TextToken"/> consists of.</summary>
public enum TokenKind
{
    /// <summary>Letters (any script).</summary>
    Word,

    /// <summary>ASCII digits (after digit folding).</summary>
    Digits,

    /// <summary>One symbol such as an emoji (👍).</summary>
    Symbol,
}
