using System.Globalization;
using System.Text;

namespace KitaBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Folds text one character at a time so that matches map back to the original: lower case, diacritics and
/// format characters removed (so NFC and NFD input fold alike), every decimal digit to ASCII, Arabic/Persian
/// letter variants unified, Turkish dotless ı and dotted İ both to i, apostrophe/dash/space variants unified.
/// </summary>
internal static class DateTextFolder
{
    private const char Dropped = '\0';

    // One entry per UTF-16 code unit, computed once; surrogates pass through unchanged.
    private static readonly char[] Table = BuildTable();

    public static FoldedText Fold(string text)
    {
        var map = new int[text.Length];
        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var folded = Table[text[i]];
            if (folded == Dropped)
            {
                continue;
            }

            buffer[length] = folded;
            map[length] = i;
            length++;
        }

        return new FoldedText(text, new string(buffer[..length]), map);
    }

    /// <summary>Folds a lexicon entry the same way as user text.</summary>
    public static string FoldPhrase(string phrase) => Fold(phrase.Trim()).Value;

    public static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var code = 0; code <= char.MaxValue; code++)
        {
            table[code] = FoldOne((char)code);
        }

        // Folding folded text must change nothing, so lexicon keys and matched text always agree.
        for (var code = 0; code <= char.MaxValue; code++)
        {
            // A few steps reach the fixed point for real Unicode data; the bound only guards against a cycle.
            for (var step = 0; step < 4 && table[code] != Dropped && table[table[code]] != table[code]; step++)
            {
                table[code] = table[table[code]];
            }
        }

        return table;
    }

    private static char FoldOne(char c)
    {
        if (char.IsSurrogate(c))
        {
            return c;
        }

        if (Special(c) is { } special)
        {
            return special;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse)
        {
            return c;
        }

        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.Control)
        {
            return char.IsWhiteSpace(c) ? ' ' : Dropped;
        }

        if (char.IsWhiteSpace(c))
        {
            return ' ';
        }

        if (category == UnicodeCategory.DecimalDigitNumber)
        {
            return (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c));
        }

        var folded = char.ToLowerInvariant(BaseCharacter(c));
        return Special(folded) ?? folded;
    }

    /// <summary>The base letter of a character: its compatibility decomposition when that is one letter plus marks.</summary>
    private static char BaseCharacter(char c)
    {
        var compatible = c.ToString().Normalize(NormalizationForm.FormKD);
        if (compatible.Length > 0 && AllMarks(compatible.AsSpan(1)))
        {
            return compatible[0];
        }

        return c.ToString().Normalize(NormalizationForm.FormD)[0];
    }

    private static bool AllMarks(ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            if (!IsMark(c))
            {
                return false;
            }
        }

        return true;
    }

    private static char? Special(char c) => c switch
    {
        '\u0640' => Dropped, // Arabic tatweel only stretches a word
        '\u0131' => 'i', // Turkish dotless ı
        '\u0142' or '\u0141' => 'l', // Polish ł
        '\u06CC' or '\u0649' or '\u064A' => '\u064A', // Persian yeh, alef maqsura -> Arabic yeh
        '\u06A9' or '\u0643' => '\u0643', // Persian keheh -> Arabic kaf
        '\u0629' or '\u06C0' or '\u06D5' or '\u06C1' => '\u0647', // teh marbuta and heh variants -> heh
        '\u0671' => '\u0627', // alef wasla
        '\u066B' => '.', // Arabic decimal separator, used in dates
        '\u066C' or '\u060C' => ',',
        '\u061B' => ';',
        '\u2018' or '\u2019' or '\u02BC' or '\u02BB' or '`' or '\u00B4' or '\u2032' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        '\u2044' or '\u2215' => '/',
        _ => null,
    };
}
