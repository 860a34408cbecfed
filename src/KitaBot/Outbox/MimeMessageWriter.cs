using System.Globalization;
using System.Net.Mail;
using System.Text;

namespace KitaBot.Outbox;

/// <summary>
/// Writes an e-mail as an RFC 5322 message with a single MIME text part: UTF-8 body in base64 (lines of 76), the
/// subject and any non-ASCII display name as RFC 2047 encoded words folded under 78 characters, CRLF line ends.
/// Every value that reaches a header is either encoded or checked for line breaks, so nothing can inject a header.
/// </summary>
internal static class MimeMessageWriter
{
    /// <summary>39 bytes become 52 base64 characters, so "Subject: " plus one encoded word stays under 78.</summary>
    private const int EncodedWordBytes = 39;

    public static byte[] Write(OutgoingEmail email, MailAddress from, DateTimeOffset date)
    {
        var to = ParseRecipient(email.Recipient);
        var message = new StringBuilder()
            .Append("From: ").Append(Mailbox(from)).Append("\r\n")
            .Append("To: ").Append(Mailbox(to)).Append("\r\n")
            .Append("Subject: ").Append(EncodedWords(email.Content.Subject)).Append("\r\n")
            .Append("Date: ").Append(date.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Message-ID: ").Append(MessageId(email.MessageId, from)).Append("\r\n")
            .Append("Auto-Submitted: auto-generated\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: base64\r\n")
            .Append("Content-Language: ").Append(ContentLanguage(email.Content.ContentLanguages)).Append("\r\n")
            .Append("\r\n")
            .Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(Crlf(email.Content.Body)), Base64FormattingOptions.InsertLineBreaks))
            .Append("\r\n");
        return Encoding.UTF8.GetBytes(message.ToString());
    }

    /// <summary>The recipient as a parsed address; throws <see cref="FormatException"/> for anything else (a name, two addresses, line breaks).</summary>
    public static MailAddress ParseRecipient(string recipient)
    {
        var address = new MailAddress(recipient.Trim());
        if (!string.IsNullOrEmpty(address.DisplayName) || address.Address.Any(char.IsControl))
        {
            throw new FormatException("The recipient is not a bare e-mail address.");
        }

        return address;
    }

    /// <summary>The Message-ID: the outbox message's id at the sender's domain, so a resent copy is recognisably the same e-mail.</summary>
    public static string MessageId(Guid messageId, MailAddress from) =>
        string.Create(CultureInfo.InvariantCulture, $"<{messageId:N}@{AsciiHost(from.Host)}>");

    public static string ContentLanguage(IReadOnlyList<string> tags) =>
        tags.All(tag => tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            ? string.Join(", ", tags)
            : throw new ArgumentException("A language tag has characters BCP 47 does not allow.", nameof(tags));

    /// <summary>Plain text with CRLF line ends, as SMTP and RFC 5322 require.</summary>
    public static string Crlf(string text) => text.ReplaceLineEndings("\r\n");

    /// <summary>RFC 2047 "B" encoded words, split between whole characters and folded onto continuation lines.</summary>
    public static string EncodedWords(string text)
    {
        var words = new List<string>();
        var chunk = new StringBuilder();
        var chunkBytes = 0;
        var elements = StringInfo.GetTextElementEnumerator(text.ReplaceLineEndings(" "));
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var bytes = Encoding.UTF8.GetByteCount(element);
            if (chunkBytes > 0 && chunkBytes + bytes > EncodedWordBytes)
            {
                words.Add(EncodedWord(chunk.ToString()));
                chunk.Clear();
                chunkBytes = 0;
            }

            chunk.Append(element);
            chunkBytes += bytes;
        }

        words.Add(EncodedWord(chunk.ToString()));
        return string.Join("\r\n ", words);
    }

    private static string EncodedWord(string text) => "=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) + "?=";

    private static string Mailbox(MailAddress address)
    {
        var addrSpec = AddrSpec(address);
        if (string.IsNullOrEmpty(address.DisplayName))
        {
            return addrSpec;
        }

        // An encoded name fills most of a line, so the address goes on a continuation line.
        return address.DisplayName.All(c => char.IsAsciiLetterOrDigit(c) || c == ' ')
            ? address.DisplayName + " <" + addrSpec + ">"
            : EncodedWords(address.DisplayName) + "\r\n <" + addrSpec + ">";
    }

    /// <summary>The address with an internationalised domain in its ASCII (punycode) form; a UTF-8 local part stays (RFC 6532).</summary>
    private static string AddrSpec(MailAddress address)
    {
        if (address.Address.Any(char.IsControl) || address.Address.Contains('\n', StringComparison.Ordinal))
        {
            throw new FormatException("An e-mail address contains a line break.");
        }

        return address.User + "@" + AsciiHost(address.Host);
    }

    private static string AsciiHost(string host) => new IdnMapping().GetAscii(host);
}
