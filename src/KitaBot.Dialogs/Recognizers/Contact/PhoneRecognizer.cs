using System.Text;
using KitaBot.Dialogs.Recognizers.Text;

namespace KitaBot.Dialogs.Recognizers.Contact;

/// <summary>
/// Finds German and international phone numbers and normalises them to E.164: "0171 1234567" →
/// +491711234567, "0049 …", "+49 (0) 2921 …", "02921 30-0", "+380 …", "+90 …". Spaces, dashes, slashes and
/// parentheses may group the digits, which may be written in any script (Arabic-Indic too). A number needs a
/// leading "+", "00" or the trunk "0" of the home country (Germany unless configured); 8 to 15 digits with
/// country code. Dates such as 07/11/2016 are not phone numbers.
/// </summary>
public sealed class PhoneRecognizer
{
    private const int MinNationalDigits = 6;
    private const int MaxNationalDigits = 13;
    private const int MinInternationalDigits = 8;
    private const int MaxInternationalDigits = 15;
    private const int MaxSeparatorRun = 3;

    private readonly string homeCountryCode;

    /// <param name="homeCountryCode">Country calling code for numbers written with the trunk "0" (e.g. "49").</param>
    public PhoneRecognizer(string homeCountryCode = "49")
    {
        if (homeCountryCode.Length is < 1 or > 3 || !homeCountryCode.All(char.IsAsciiDigit) || homeCountryCode[0] == '0')
        {
            throw new ArgumentException("A country calling code is one to three digits, not starting with 0.", nameof(homeCountryCode));
        }

        this.homeCountryCode = homeCountryCode;
    }

    public IReadOnlyList<PhoneMatch> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = TextFolding.FoldDigits(text);
        var matches = new List<PhoneMatch>();
        var i = 0;
        while (i < digits.Length)
        {
            if (!IsCandidateStart(digits, i))
            {
                i++;
                continue;
            }

            var end = ScanEnd(digits, i);
            if (TryNormalise(digits.AsSpan(i, end - i), out var e164) && !char.IsLetter(At(digits, end)))
            {
                matches.Add(new PhoneMatch(text[i..end], i, end - i, e164));
            }

            i = Math.Max(end, i + 1);
        }

        return matches;
    }

    private static bool IsCandidateStart(string s, int i)
    {
        var previous = At(s, i - 1);
        if (char.IsLetterOrDigit(previous) || previous is '+' or '(')
        {
            return false;
        }

        return s[i] switch
        {
            '+' or '(' => char.IsAsciiDigit(At(s, i + 1)),
            _ => char.IsAsciiDigit(s[i]),
        };
    }

    /// <summary>The end of the last digit reachable over short runs of separators.</summary>
    private static int ScanEnd(string s, int start)
    {
        var lastDigitEnd = start;
        var separatorRun = 0;
        for (var j = start; j < s.Length; j++)
        {
            var c = s[j];
            if (char.IsAsciiDigit(c))
            {
                lastDigitEnd = j + 1;
                separatorRun = 0;
            }
            else if ((c is ' ' or '-' or '/' or '(' or ')' or '\u00A0' or '\u202F' || (c == '+' && j == start)) && ++separatorRun <= MaxSeparatorRun)
            {
                continue;
            }
            else
            {
                break;
            }
        }

        return lastDigitEnd;
    }

    private bool TryNormalise(ReadOnlySpan<char> candidate, out string e164)
    {
        e164 = string.Empty;
        if (LooksLikeDate(candidate))
        {
            return false;
        }

        var withoutTrunk = candidate.ToString().Replace("(0)", string.Empty, StringComparison.Ordinal);
        var digits = new StringBuilder(candidate.Length);
        foreach (var c in withoutTrunk)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
        }

        var all = digits.ToString();
        string international;
        if (candidate[0] == '+')
        {
            international = all;
        }
        else if (all.StartsWith("00", StringComparison.Ordinal))
        {
            international = all[2..];
        }
        else if (all.StartsWith('0') && all.Length - 1 is >= MinNationalDigits and <= MaxNationalDigits)
        {
            international = homeCountryCode + all[1..];
        }
        else
        {
            return false;
        }

        // "+49 0171 …": the home trunk zero does not belong after the country code.
        if (international.StartsWith(homeCountryCode + "0", StringComparison.Ordinal))
        {
            international = homeCountryCode + international[(homeCountryCode.Length + 1)..];
        }

        if (international.Length is < MinInternationalDigits or > MaxInternationalDigits || international[0] == '0')
        {
            return false;
        }

        e164 = "+" + international;
        return true;
    }

    /// <summary>d[d] sep d[d] sep dd[dd] with the same separator twice: 07/11/2016, 7-11-16.</summary>
    private static bool LooksLikeDate(ReadOnlySpan<char> s)
    {
        var groups = new List<int>(3);
        var separators = new HashSet<char>();
        var length = 0;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                length++;
                continue;
            }

            groups.Add(length);
            separators.Add(c);
            length = 0;
        }

        groups.Add(length);
        return groups.Count == 3 && separators.Count == 1 && groups[0] is 1 or 2 && groups[1] is 1 or 2 && groups[2] is 2 or 4;
    }

    private static char At(string s, int i) => i >= 0 && i < s.Length ? s[i] : '\0';
}
