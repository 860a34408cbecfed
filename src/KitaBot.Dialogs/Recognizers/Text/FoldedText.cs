namespace KitaBot.Dialogs.Recognizers.Text;

/// <summary>
/// Text folded for matching (see <see cref="TextFolding.Fold"/>) that remembers, for every folded character,
/// which UTF-16 range of the source it came from, so matches found in <see cref="Text"/> map back to exact
/// source spans.
/// </summary>
public sealed class FoldedText
{
    private readonly int[] sourceStarts;
    private readonly int[] sourceEnds;

    internal FoldedText(string source, string text, int[] sourceStarts, int[] sourceEnds)
    {
        Source = source;
        Text = text;
        this.sourceStarts = sourceStarts;
        this.sourceEnds = sourceEnds;
    }

    /// <summary>The original text.</summary>
    public string Source { get; }

    /// <summary>The folded text: lower case, accents removed, digits ASCII.</summary>
    public string Text { get; }

    /// <summary>Maps a range of <see cref="Text"/> to the start and length (UTF-16 units) in <see cref="Source"/>.</summary>
    public (int Start, int Length) ToSourceSpan(int foldedStart, int foldedLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(foldedStart);
        ArgumentOutOfRangeException.ThrowIfLessThan(foldedLength, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(foldedStart + foldedLength, Text.Length);
        var start = sourceStarts[foldedStart];
        return (start, sourceEnds[foldedStart + foldedLength - 1] - start);
    }
}
