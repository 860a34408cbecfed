namespace KitaBot.Dialogs.Recognizers.Dates;

/// <summary>Text reduced to a matching form, with the original UTF-16 index of every folded character.</summary>
internal sealed class FoldedText(string original, string value, int[] originalIndex)
{
    public string Original { get; } = original;

    public string Value { get; } = value;

    /// <summary>Maps a range of <see cref="Value"/> back to (start, length) in <see cref="Original"/>.</summary>
    public (int Start, int Length) ToOriginal(int foldedStart, int foldedLength)
    {
        var start = originalIndex[foldedStart];
        var end = originalIndex[foldedStart + foldedLength - 1] + 1;

        // A combining mark or low surrogate after the last character belongs to it.
        while (end < Original.Length && (DateTextFolder.IsMark(Original[end]) || char.IsLowSurrogate(Original[end])))
        {
            end++;
        }

        return (start, end - start);
    }
}
