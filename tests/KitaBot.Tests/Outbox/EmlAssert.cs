using System.Globalization;
using Xunit;

namespace KitaBot.Tests.Outbox;

/// <summary>Checks that an e-mail is a well-formed RFC 5322 / MIME message as KitaBot writes it.</summary>
internal static class EmlAssert
{
    public static void WellFormed(EmlMessage eml, Guid messageId, string recipient, string contentLanguage)
    {
        Assert.All(eml.HeaderLines, line =>
        {
            Assert.True(line.Length <= 78, $"Header line longer than 78 characters: {line.Length}");
            Assert.All(line, c => Assert.InRange(c, ' ', '~'));
        });
        Assert.Equal("1.0", eml.Header("MIME-Version"));
        Assert.Equal("text/plain; charset=utf-8", eml.Header("Content-Type"));
        Assert.Equal("base64", eml.Header("Content-Transfer-Encoding"));
        Assert.Equal(contentLanguage, eml.Header("Content-Language"));
        Assert.Equal($"<{messageId:N}@localhost>", eml.Header("Message-ID"));
        Assert.Equal("KitaBot <kitabot@localhost>", eml.Header("From"));
        Assert.Equal(recipient, eml.Header("To"));
        Assert.Equal("auto-generated", eml.Header("Auto-Submitted"));
        Assert.True(DateTimeOffset.TryParseExact(
            eml.Header("Date"), "ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        Assert.All(eml.RawBody.Split("\r\n"), line => Assert.True(line.Length <= 76));
        Assert.DoesNotContain('\r', eml.RawBody.Replace("\r\n", string.Empty, StringComparison.Ordinal));
    }

    /// <summary>The family's part comes first, then the German copy.</summary>
    public static void InOrder(string body, string familyPart, string germanPart)
    {
        var family = body.IndexOf(familyPart, StringComparison.Ordinal);
        var german = body.LastIndexOf(germanPart, StringComparison.Ordinal);
        Assert.True(family == 0, "The e-mail starts with the family's language.");
        Assert.True(german > family + familyPart.Length - 1, "The German copy follows the family's language.");
        Assert.EndsWith(germanPart, body, StringComparison.Ordinal);
    }
}
