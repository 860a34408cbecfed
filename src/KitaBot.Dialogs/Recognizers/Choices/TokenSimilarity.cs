using KitaBot.Dialogs.Recognizers.Text;

namespace KitaBot.Dialogs.Recognizers.Choices;

/// <summary>How well one typed (folded) token matches one folded choice token, from 0 to 1.</summary>
internal static class TokenSimilarity
{
    private const int MinPrefixLength = 3;

    public static double Of(ReadOnlySpan<char> typed, ReadOnlySpan<char> expected)
    {
        if (typed.SequenceEqual(expected))
        {
            return 1.0;
        }

        if (char.IsAsciiDigit(typed[0]) || char.IsAsciiDigit(expected[0]))
        {
            return 0.0;
        }

        var allowed = AllowedTypos(expected.Length);
        if (allowed > 0)
        {
            var distance = EditDistance.DamerauLevenshtein(typed, expected, allowed);
            if (distance <= allowed)
            {
                return 1.0 - ((double)distance / expected.Length);
            }
        }

        // A typed beginning of a longer word ("sonnen" for "sonnenschein") counts, less the shorter it is.
        if (typed.Length >= MinPrefixLength && typed.Length < expected.Length && expected.StartsWith(typed, StringComparison.Ordinal))
        {
            return 0.5 + (0.4 * typed.Length / expected.Length);
        }

        return 0.0;
    }

    /// <summary>No typo in words up to 3 letters, one up to 6, two beyond.</summary>
    private static int AllowedTypos(int length) => length switch
    {
        <= 3 => 0,
        <= 6 => 1,
        _ => 2,
    };
}
