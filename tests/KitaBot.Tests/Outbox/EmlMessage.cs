using System.Text;
using System.Text.RegularExpressions;

namespace KitaBot.Tests.Outbox;

/// <summary>
/// A small, strict reader of what the senders produce: RFC 5322 header fields (unfolded), RFC 2047 encoded words,
/// and a text body in base64, quoted-printable or 7/8 bit, decoded as UTF-8.
/// </summary>
internal sealed partial class EmlMessage
{
    private EmlMessage(IReadOnlyList<string> headerLines, IReadOnlyList<KeyValuePair<string, string>> fields, string body, string rawBody)
    {
        HeaderLines = headerLines;
        Fields = fields;
        Body = body;
        RawBody = rawBody;
    }

    /// <summary>The header lines as written (folded), for line-length and ASCII checks.</summary>
    public IReadOnlyList<string> HeaderLines { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Fields { get; }

    /// <summary>The decoded body with \n line ends.</summary>
    public string Body { get; }

    /// <summary>The body as transferred.</summary>
    public string RawBody { get; }

    public string Subject => DecodeWords(Header("Subject"));

    public string Header(string name) =>
        Fields.Where(f => string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase)).Select(f => f.Value).SingleOrDefault()
            ?? throw new InvalidOperationException($"The message has no {name} header.");

    public bool HasHeader(string name) => Fields.Any(f => string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase));

    public static EmlMessage Parse(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0)
        {
            throw new FormatException("No blank line between header and body.");
        }

        var headerLines = text[..split].Split("\r\n");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var line in headerLines)
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t'))
            {
                var last = fields[^1];
                fields[^1] = new(last.Key, last.Value + line);
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException("A header line has no field name.");
            }

            fields.Add(new(line[..colon], line[(colon + 1)..].Trim()));
        }

        var rawBody = text[(split + 4)..];
        var message = new EmlMessage(headerLines, fields, string.Empty, rawBody);
        var encoding = message.HasHeader("Content-Transfer-Encoding") ? message.Header("Content-Transfer-Encoding").ToLowerInvariant() : "7bit";
        var decoded = encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(rawBody.Where(c => !char.IsWhiteSpace(c))))),
            "quoted-printable" => DecodeQuotedPrintable(rawBody),
            _ => rawBody,
        };
        return new EmlMessage(headerLines, fields, decoded.ReplaceLineEndings("\n").TrimEnd('\n'), rawBody);
    }

    public static string DecodeWords(string value)
    {
        // Whitespace between two encoded words is not part of the text (RFC 2047 section 6.2).
        var joined = BetweenWords().Replace(value, "?==?");
        return EncodedWord().Replace(joined, match =>
        {
            var charset = Encoding.GetEncoding(match.Groups[1].Value);
            var payload = match.Groups[3].Value;
            var bytes = string.Equals(match.Groups[2].Value, "B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(payload)
                : QBytes(payload.Replace('_', ' '));
            return charset.GetString(bytes);
        });
    }

    private static string DecodeQuotedPrintable(string body)
    {
        var softBreaksRemoved = body.Replace("=\r\n", string.Empty, StringComparison.Ordinal);
        return Encoding.UTF8.GetString(QBytes(softBreaksRemoved));
    }

    private static byte[] QBytes(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex BetweenWords();
}
