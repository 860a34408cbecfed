using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Text;

namespace KitaBot.Dialogs.Recognizers.Lexicons;

/// <summary>
/// Phrases (one or more tokens) keyed by their first folded token, longest first, so matching at a token
/// position is one dictionary lookup without allocation plus a few span comparisons.
/// </summary>
internal sealed class PhraseIndex<T>
{
    private readonly FrozenDictionary<string, Phrase<T>[]>.AlternateLookup<ReadOnlySpan<char>> byFirstToken;

    /// <summary>Builds the index; when a phrase occurs twice the first entry wins.</summary>
    public PhraseIndex(IEnumerable<(string Text, T Payload)> phrases, Language language)
    {
        var groups = new Dictionary<string, List<Phrase<T>>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, payload) in phrases)
        {
            var tokens = FoldTokens(text, language);
            if (tokens.Length == 0 || !seen.Add(string.Join(' ', tokens)))
            {
                continue;
            }

            if (!groups.TryGetValue(tokens[0], out var group))
            {
                groups[tokens[0]] = group = [];
            }

            group.Add(new Phrase<T>(tokens, payload));
        }

        byFirstToken = groups
            .ToFrozenDictionary(g => g.Key, g => g.Value.OrderByDescending(p => p.Tokens.Length).ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Folds and tokenizes a lexicon phrase exactly like user text.</summary>
    public static string[] FoldTokens(string text, Language language)
    {
        var folded = TextFolding.Fold(text, language);
        return [.. TextTokenizer.Tokenize(folded).Select(token => token.In(folded).ToString())];
    }

    /// <summary>The longest phrase starting at token <paramref name="index"/>, if any.</summary>
    public bool TryMatch(FoldedText text, IReadOnlyList<TextToken> tokens, int index, [NotNullWhen(true)] out Phrase<T>? phrase)
    {
        if (byFirstToken.TryGetValue(tokens[index].In(text), out var candidates))
        {
            foreach (var candidate in candidates)
            {
                if (Matches(candidate, text, tokens, index))
                {
                    phrase = candidate;
                    return true;
                }
            }
        }

        phrase = null;
        return false;
    }

    private static bool Matches(Phrase<T> candidate, FoldedText text, IReadOnlyList<TextToken> tokens, int index)
    {
        if (index + candidate.Tokens.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 1; k < candidate.Tokens.Length; k++)
        {
            if (!tokens[index + k].In(text).SequenceEqual(candidate.Tokens[k]))
            {
                return false;
            }
        }

        return true;
    }
}
