using System.Globalization;
using System.Text;

namespace KitaBot.Dialogs.Recognizers.Text;

/// <summary>
/// Splits folded text into letter runs, digit runs and single symbols; everything else (spaces, punctuation,
/// hyphens, apostrophes) separates tokens. A letter run next to a digit run is a separate token ("2nd" → "2", "nd").
/// </summary>
public static class TextTokenizer
{
    public static IReadOnlyList<TextToken> Tokenize(FoldedText text)
    {
        var tokens = new List<TextToken>();
        var s = text.Text;
        var i = 0;
        while (i < s.Length)
        {
            if (char.IsAsciiDigit(s[i]))
            {
                var start = i;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    i++;
                }

                tokens.Add(new TextToken(start, i - start, TokenKind.Digits));
            }
            else if (IsWordChar(s[i]))
            {
                var start = i;
                while (i < s.Length && IsWordChar(s[i]))
                {
                    i++;
                }

                tokens.Add(new TextToken(start, i - start, TokenKind.Word));
            }
            else if (Rune.DecodeFromUtf16(s.AsSpan(i), out var rune, out var length) == System.Buffers.OperationStatus.Done
                && Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherSymbol)
            {
                tokens.Add(new TextToken(i, length, TokenKind.Symbol));
                i += length;
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }

    private static bool IsWordChar(char c) =>
        !char.IsAsciiDigit(c) && (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.SpacingCombiningMark or UnicodeCategory.NonSpacingMark);
}
