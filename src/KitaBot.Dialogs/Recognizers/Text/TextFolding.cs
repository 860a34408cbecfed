using System.Globalization;
using System.Text;
using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Recognizers.Text;

/// <summary>
/// Text normalisation shared by the recognizers: Unicode NFC, case folding (Turkish dotted/dotless i, Greek
/// final sigma), accent folding (Latin and Greek diacritics, Cyrillic ё, Arabic letter variants and tashkeel)
/// and digit folding (Arabic-Indic, Persian and every other Unicode decimal digit to ASCII).
/// All functions are pure and culture-explicit.
/// </summary>
public static class TextFolding
{
    private const int TableSize = 0x3000;

    private static readonly (char From, string To)[] SpecialFolds =
    [
        ('ß', "ss"), ('æ', "ae"), ('œ', "oe"), ('ø', "o"), ('ł', "l"), ('đ', "d"), ('ð', "d"), ('þ', "th"), ('ı', "i"),
        ('ş', "s"), ('ţ', "t"), ('ș', "s"), ('ț', "t"),
        ('ё', "е"),
        ('\u2018', "'"), ('\u2019', "'"), ('\u02BC', "'"), ('`', "'"), ('\u00B4', "'"), ('\u02B9', "'"), ('\u2032', "'"),
        ('\u2010', "-"), ('\u2011', "-"), ('\u2012', "-"), ('\u2013', "-"), ('\u2014', "-"),
        ('أ', "ا"), ('إ', "ا"), ('آ', "ا"), ('ٱ', "ا"), ('ى', "ي"), ('ی', "ي"), ('ک', "ك"), ('ة', "ه"), ('ۀ', "ه"),
        ('ؤ', "و"), ('ئ', "ي"),
        ('\u00AD', ""), ('\u0640', ""), ('\u061C', ""), ('\u200B', ""), ('\u200C', ""), ('\u200D', ""), ('\u200E', ""), ('\u200F', ""),
    ];

    // Folded form of each lower-case BMP character below TableSize; null means "unchanged", "" means "drop".
    private static readonly string?[] AccentTable = BuildAccentTable();

    /// <summary>Returns the text in Unicode normalization form C.</summary>
    public static string ToNfc(string text) =>
        text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>Replaces every Unicode decimal digit (e.g. ٣ or ۳) by its ASCII digit; the length is unchanged.</summary>
    public static string FoldDigits(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = c is < '0' or > '9' && char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c;
        }
    });

    /// <summary>
    /// Lower-cases for comparison. Turkish maps I to ı and İ to i; every language maps İ to plain i (not i + dot)
    /// and the Greek final sigma to σ. The length is unchanged.
    /// </summary>
    public static string FoldCase(string text, Language language) => string.Create(text.Length, (text, language), static (span, state) =>
    {
        for (var i = 0; i < state.text.Length; i++)
        {
            span[i] = FoldCaseChar(state.text[i], state.language);
        }
    });

    /// <summary>Removes diacritics and unifies letter variants (ß → ss, ё → е, أ → ا); keeps case otherwise.</summary>
    public static string FoldAccents(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsBmp && rune.Value < TableSize)
            {
                var original = (char)rune.Value;
                var folded = AccentTable[char.ToLowerInvariant(original)];
                builder.Append(folded is null ? original.ToString() : RestoreUpper(folded, original));
            }
            else if (!IsIgnorable(rune))
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Folds case, accents and digits in one pass and keeps a map back to the source, which is what the
    /// recognizers match against. Cyrillic apostrophes inside words (п'ять) are dropped, zero-width joiners,
    /// variation selectors and emoji skin-tone modifiers too.
    /// </summary>
    public static FoldedText Fold(string text, Language language)
    {
        var output = new StringBuilder(text.Length + 4);
        var starts = new List<int>(text.Length + 4);
        var ends = new List<int>(text.Length + 4);
        var index = 0;
        while (index < text.Length)
        {
            var consumed = 1;
            if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var runeLength) == System.Buffers.OperationStatus.Done)
            {
                consumed = runeLength;
                var folded = FoldRune(rune, language);
                if (folded.Length == 1 && folded[0] == '\'' && IsInsideCyrillicWord(output, text, index + consumed))
                {
                    folded = string.Empty;
                }

                foreach (var c in folded)
                {
                    output.Append(c);
                    starts.Add(index);
                    ends.Add(index + consumed);
                }
            }
            else
            {
                output.Append(text[index]);
                starts.Add(index);
                ends.Add(index + 1);
            }

            index += consumed;
        }

        return new FoldedText(text, output.ToString(), [.. starts], [.. ends]);
    }

    private static string FoldRune(Rune rune, Language language)
    {
        if (Rune.IsDigit(rune))
        {
            return ((char)('0' + (int)Rune.GetNumericValue(rune))).ToString();
        }

        if (IsIgnorable(rune))
        {
            return string.Empty;
        }

        if (!rune.IsBmp)
        {
            return Rune.ToLowerInvariant(rune).ToString();
        }

        var lower = FoldCaseChar((char)rune.Value, language);
        return lower < TableSize ? AccentTable[lower] ?? lower.ToString() : lower.ToString();
    }

    private static char FoldCaseChar(char c, Language language) => c switch
    {
        'I' when language == Language.Turkish => 'ı',
        '\u0130' => 'i',
        'ς' => 'σ',
        _ => char.ToLowerInvariant(c),
    };

    private static bool IsIgnorable(Rune rune) => rune.Value switch
    {
        0x00AD or 0x0640 or 0x061C or 0x200B or 0x200C or 0x200D or 0x200E or 0x200F or 0xFE0E or 0xFE0F or 0xFEFF => true,
        >= 0x1F3FB and <= 0x1F3FF => true,
        _ => Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark,
    };

    private static bool IsInsideCyrillicWord(StringBuilder output, string text, int next) =>
        output.Length > 0 && IsCyrillic(output[^1]) && next < text.Length && IsCyrillic(text[next]);

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF' && char.IsLetter(c);

    private static string RestoreUpper(string folded, char original) =>
        char.IsUpper(original) && folded.Length > 0 ? char.ToUpperInvariant(folded[0]) + folded[1..] : folded;

    private static string?[] BuildAccentTable()
    {
        var table = new string?[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            var ch = (char)c;
            if (char.IsSurrogate(ch))
            {
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                table[c] = string.Empty;
                continue;
            }

            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 1 && IsLatinOrGreek(decomposed[0]))
            {
                var stripped = new StringBuilder(decomposed.Length);
                foreach (var part in decomposed)
                {
                    if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                    {
                        stripped.Append(part);
                    }
                }

                table[c] = stripped.ToString();
            }
        }

        foreach (var (from, to) in SpecialFolds)
        {
            table[from] = to;
        }

        for (var c = 0; c < TableSize; c++)
        {
            if (table[c] is { Length: 1 } same && same[0] == c)
            {
                table[c] = null;
            }
        }

        return table;
    }

    private static bool IsLatinOrGreek(char c) => c is <= '\u024F' or (>= '\u1E00' and <= '\u1EFF') or (>= '\u0370' and <= '\u03FF');
}
