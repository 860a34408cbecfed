using System.Net.Mail;
using KitaBot.Dialogs.Notifications;
using KitaBot.Outbox;
using Xunit;

namespace KitaBot.Tests.Outbox;

/// <summary>The pickup files are valid messages whatever the text: long right-to-left subjects, emoji, hostile addresses.</summary>
public sealed class MimeMessageWriterTests
{
    private static readonly MailAddress From = new("Kreis Soest – KitaBot <kitabot@kreis-soest.example>");

    [Fact]
    public void A_long_Arabic_subject_is_folded_into_encoded_words_that_decode_to_the_same_text()
    {
        var subject = string.Concat(Enumerable.Repeat("جديد بخصوص تسجيلكم في الحضانة ⁨KB-2026-7K3M9Q⁩ 👶🏽 ", 4)).Trim();
        var email = new OutgoingEmail(Guid.NewGuid(), "layla@example.org", new ComposedEmail(subject, "مرحبًا\nZeile zwei\r\nDrei", ["ar-SA", "de-DE"]));

        var eml = EmlMessage.Parse(MimeMessageWriter.Write(email, From, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)));

        Assert.Equal(subject, eml.Subject);
        Assert.Equal("مرحبًا\nZeile zwei\nDrei", eml.Body);
        Assert.True(eml.HeaderLines.Count(l => l.StartsWith(' ')) >= 3, "The subject is folded over several lines.");
        Assert.All(eml.HeaderLines, line => Assert.True(line.Length <= 78));
        Assert.Equal("Kreis Soest – KitaBot", EmlMessage.DecodeWords(eml.Header("From")[..eml.Header("From").IndexOf('<', StringComparison.Ordinal)].Trim()));
        Assert.EndsWith("<kitabot@kreis-soest.example>", eml.Header("From"), StringComparison.Ordinal);
        Assert.Equal("Mon, 02 Mar 2026 09:00:00 +0000", eml.Header("Date"));
        Assert.Equal("ar-SA, de-DE", eml.Header("Content-Language"));
    }

    [Theory]
    [InlineData("victim@example.org\r\nBcc: everyone@example.org")]
    [InlineData("Mallory <mallory@example.org>")]
    [InlineData("a@example.org, b@example.org")]
    [InlineData("not an address")]
    public void A_recipient_that_is_not_one_bare_address_is_refused(string recipient)
    {
        var email = new OutgoingEmail(Guid.NewGuid(), recipient, new ComposedEmail("Subject", "Body", ["de-DE"]));

        Assert.Throws<FormatException>(() => MimeMessageWriter.Write(email, From, DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void A_subject_with_a_line_break_stays_one_header()
    {
        var email = new OutgoingEmail(Guid.NewGuid(), "a@example.org", new ComposedEmail("Hallo\r\nBcc: x@example.org", "Body", ["de-DE"]));

        var eml = EmlMessage.Parse(MimeMessageWriter.Write(email, From, DateTimeOffset.UnixEpoch));

        Assert.False(eml.HasHeader("Bcc"));
        Assert.Equal("Hallo Bcc: x@example.org", eml.Subject);
    }
}
