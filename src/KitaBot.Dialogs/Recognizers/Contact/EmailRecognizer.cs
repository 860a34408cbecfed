using System.Globalization;

namespace KitaBot.Dialogs.Recognizers.Contact;

/// <summary>
/// Finds e-mail addresses: a pragmatic subset of RFC 5322 (dot-atom local part in ASCII, no quoted strings or
/// comments) with internationalised domains ("müller@bäckerei.de") checked through IDNA. Trailing sentence
/// punctuation is not part of the address; junk such as "a@b", "x@@y.de" or "name@host..de" is rejected.
/// </summary>
public sealed class EmailRecognizer
{
    private const int MaxLocalLength = 64;
    private const int MaxDomainLength = 253;
    private const int MaxLabelLength = 63;
    private const string LocalSpecials = "!#$%&'*+/=?^_`{|}~-.";

    private readonly IdnMapping idn = new() { UseStd3AsciiRules = true };

    public IReadOnlyList<EmailMatch> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = new List<EmailMatch>();
        var searchFrom = 0;
        while (searchFrom < text.Length)
        {
            var at = text.IndexOf('@', searchFrom);
            if (at < 0)
            {
                break;
            }

            searchFrom = at + 1;
            if (TryReadAt(text, at, out var match))
            {
                matches.Add(match);
                searchFrom = match.Start + match.Length;
            }
        }

        return matches;
    }

    private bool TryReadAt(string text, int at, out EmailMatch match)
    {
        match = null!;
        var start = at;
        while (start > 0 && IsLocalChar(text[start - 1]))
        {
            start--;
        }

        // Quotes, braces and dots around an address are punctuation, not part of it.
        while (start < at && text[start] is '.' or '\'' or '`' or '{' or '|' or '}' or '~')
        {
            start++;
        }

        var end = at + 1;
        while (end < text.Length && IsDomainChar(text[end]))
        {
            end++;
        }

        var followedByAt = end < text.Length && text[end] == '@';
        while (end > at + 1 && text[end - 1] is '.' or '-')
        {
            end--;
        }

        var local = text.AsSpan(start, at - start);
        var domain = text[(at + 1)..end];
        var cutOff = start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '@');
        if (cutOff || followedByAt || !IsValidLocal(local) || !IsValidDomain(domain))
        {
            return false;
        }

        var address = string.Concat(local, "@", domain.ToLowerInvariant());
        match = new EmailMatch(text[start..end], start, end - start, address);
        return true;
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || LocalSpecials.Contains(c, StringComparison.Ordinal);

    private static bool IsDomainChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '.';

    private static bool IsValidLocal(ReadOnlySpan<char> local) =>
        local.Length is > 0 and <= MaxLocalLength && local[0] != '.' && local[^1] != '.' && !local.Contains("..", StringComparison.Ordinal);

    private bool IsValidDomain(string domain)
    {
        var labels = domain.Split('.');
        if (labels.Length < 2 || labels.Any(label => label.Length is 0 or > MaxLabelLength || label[0] == '-' || label[^1] == '-'))
        {
            return false;
        }

        var topLevel = labels[^1];
        if (!(topLevel.Length >= 2 && topLevel.All(char.IsLetter)) && !topLevel.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            return idn.GetAscii(domain).Length <= MaxDomainLength;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
