using System.Globalization;
using KitaBot.Dialogs.Recognizers.Text;

namespace KitaBot.Dialogs.Recognizers.Numbers;

/// <summary>Turns tokens into number pieces: digit runs, (multi-word) lexicon entries and split compound words.</summary>
internal static class NumberPieceReader
{
    private const int MaxDigits = 15;

    public static List<NumberPiece> Read(FoldedText text, IReadOnlyList<TextToken> tokens, NumberLexicon lexicon)
    {
        var pieces = new List<NumberPiece>();
        var parts = new List<(int Offset, int Length, NumberWord Word)>();
        var pendingBreak = false;
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            var breakBefore = pendingBreak || (i > 0 && IsBreak(text.Text.AsSpan(tokens[i - 1].End, token.Start - tokens[i - 1].End)));
            pendingBreak = false;
            if (token.Kind == TokenKind.Digits && token.Length <= MaxDigits)
            {
                var value = long.Parse(token.In(text), NumberStyles.None, CultureInfo.InvariantCulture);
                if (i + 1 < tokens.Count && IsDigitSuffix(text, token, tokens[i + 1], lexicon))
                {
                    pieces.Add(new NumberPiece(NumberWord.Ordinal(value), token.Start, tokens[i + 1].End, breakBefore, true));
                    i += 2;
                }
                else
                {
                    pieces.Add(new NumberPiece(NumberWord.Cardinal(value), token.Start, token.End, breakBefore, true));
                    i++;
                }

                continue;
            }

            if (token.Kind == TokenKind.Word && lexicon.Phrases.TryMatch(text, tokens, i, out var phrase))
            {
                var last = tokens[i + phrase.Tokens.Length - 1];
                pieces.Add(new NumberPiece(phrase.Payload, token.Start, last.End, breakBefore, false));
                i += phrase.Tokens.Length;
                continue;
            }

            if (token.Kind == TokenKind.Word && lexicon.Compounds && CompoundSplitter.TrySplit(token.In(text), lexicon, parts))
            {
                foreach (var (offset, length, word) in parts)
                {
                    pieces.Add(new NumberPiece(word, token.Start + offset, token.Start + offset + length, breakBefore, false));
                    breakBefore = false;
                }
            }
            else
            {
                pendingBreak = true;
            }

            i++;
        }

        return pieces;
    }

    private static bool IsDigitSuffix(FoldedText text, TextToken digits, TextToken next, NumberLexicon lexicon)
    {
        var gap = next.Start - digits.End;
        return next.Kind == TokenKind.Word
            && (gap == 0 || (gap == 1 && text.Text[digits.End] is '-' or '\''))
            && lexicon.DigitSuffixes.Contains(next.In(text))
            && (next.End == text.Text.Length || !char.IsLetterOrDigit(text.Text[next.End]));
    }

    /// <summary>Anything but spaces and hyphens between two words ends a number ("zwanzig, fünf").</summary>
    private static bool IsBreak(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c) && c != '-')
            {
                return true;
            }
        }

        return false;
    }
}
