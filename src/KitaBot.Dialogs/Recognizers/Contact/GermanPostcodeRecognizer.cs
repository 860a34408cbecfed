using System.Globalization;
using KitaBot.Dialogs.Recognizers.Text;

namespace KitaBot.Dialogs.Recognizers.Contact;

/// <summary>
/// Finds German postcodes: exactly five digits (any script) between 01001 and 99998, optionally after "D-",
/// that are not part of a longer number (12345678, 1.234567, 12345-6) nor of a phone number.
/// </summary>
public sealed class GermanPostcodeRecognizer
{
    private const int Digits = 5;
    private const int Lowest = 1001;
    private const int Highest = 99998;

    private readonly PhoneRecognizer phones;

    public GermanPostcodeRecognizer()
        : this(new PhoneRecognizer())
    {
    }

    public GermanPostcodeRecognizer(PhoneRecognizer phones) => this.phones = phones;

    public IReadOnlyList<PostcodeMatch> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = TextFolding.FoldDigits(text);
        var phoneSpans = phones.Recognize(text);
        var matches = new List<PostcodeMatch>();
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            if (i - start != Digits || !StandsAlone(s, start, i) || phoneSpans.Any(phone => phone.Start <= start && start < phone.Start + phone.Length))
            {
                continue;
            }

            var code = s[start..i];
            if (int.Parse(code, NumberStyles.None, CultureInfo.InvariantCulture) is >= Lowest and <= Highest)
            {
                matches.Add(new PostcodeMatch(text[start..i], start, Digits, code));
            }
        }

        return matches;
    }

    private static bool StandsAlone(string s, int start, int end)
    {
        var before = At(s, start - 1);
        var after = At(s, end);
        var germanPrefix = before == '-' && char.ToUpperInvariant(At(s, start - 2)) == 'D' && !char.IsLetter(At(s, start - 3));
        var joinedBefore = char.IsLetterOrDigit(before) || before == '+' || (IsNumberJoiner(before) && char.IsAsciiDigit(At(s, start - 2)));
        var joinedAfter = char.IsLetterOrDigit(after) || (IsNumberJoiner(after) && char.IsAsciiDigit(At(s, end + 1)));
        return (germanPrefix || !joinedBefore) && !joinedAfter;
    }

    private static bool IsNumberJoiner(char c) => c is '.' or ',' or '/' or ':' or '-';

    private static char At(string s, int i) => i >= 0 && i < s.Length ? s[i] : '\0';
}
