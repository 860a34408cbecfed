namespace KitaBot.Dialogs.Recognizers.Numbers;

/// <summary>
/// Splits a word written as one ("einundzwanzig", "otuzbeş", "وثلاثون") into lexicon morphemes, using the
/// fewest parts, and accepts the split only if the parts read as a single number (optionally after a leading
/// connector, the Arabic "و"). Real words made of number syllables ("دوده") therefore stay words.
/// </summary>
internal static class CompoundSplitter
{
    private const int MaxLength = 48;

    public static bool TrySplit(ReadOnlySpan<char> word, NumberLexicon lexicon, List<(int Offset, int Length, NumberWord Word)> parts)
    {
        parts.Clear();
        if (word.Length is < 2 or > MaxLength)
        {
            return false;
        }

        Span<int> best = stackalloc int[word.Length + 1];
        Span<int> from = stackalloc int[word.Length + 1];
        best.Fill(int.MaxValue);
        best[0] = 0;
        for (var end = 1; end <= word.Length; end++)
        {
            for (var start = 0; start < end; start++)
            {
                if (best[start] != int.MaxValue && best[start] + 1 < best[end] && lexicon.Morphemes.ContainsKey(word[start..end]))
                {
                    best[end] = best[start] + 1;
                    from[end] = start;
                }
            }
        }

        if (best[word.Length] is int.MaxValue or < 2)
        {
            return false;
        }

        for (var end = word.Length; end > 0; end = from[end])
        {
            var start = from[end];
            lexicon.Morphemes.TryGetValue(word[start..end], out var morpheme);
            parts.Insert(0, (start, end - start, morpheme));
        }

        return ReadsAsOneNumber(parts, lexicon);
    }

    private static bool ReadsAsOneNumber(List<(int Offset, int Length, NumberWord Word)> parts, NumberLexicon lexicon)
    {
        var first = parts[0].Word.Kind == NumberWordKind.Connector ? 1 : 0;
        if (first >= parts.Count || parts[first].Word.Kind == NumberWordKind.Connector || parts[^1].Word.Kind == NumberWordKind.Connector)
        {
            return false;
        }

        var number = NumberAccumulator.Start(parts[first].Word);
        for (var i = first + 1; i < parts.Count; i++)
        {
            var afterConnector = parts[i].Word.Kind == NumberWordKind.Connector;
            if (afterConnector)
            {
                i++;
            }

            if (!number.TryAdd(parts[i].Word, afterConnector, lexicon, out number))
            {
                return false;
            }
        }

        return true;
    }
}
