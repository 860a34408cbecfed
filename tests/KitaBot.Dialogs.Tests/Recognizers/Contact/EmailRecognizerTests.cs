using KitaBot.Dialogs.Recognizers.Contact;
using Xunit;

namespace KitaBot.Dialogs.Tests.Recognizers.Contact;

public sealed class EmailRecognizerTests
{
    private static readonly EmailRecognizer Recognizer = new();

    [Theory]
    [InlineData("anna.schmidt@example.de", "anna.schmidt@example.de", 0, 23)]
    [InlineData("Meine Mail: Max.Mustermann+kita@Web.DE.", "Max.Mustermann+kita@web.de", 12, 26)]
    [InlineData("(o'brien@mail.example.co.uk)", "o'brien@mail.example.co.uk", 1, 26)]
    [InlineData("bitte an info@bäckerei-müller.de schicken", "info@bäckerei-müller.de", 9, 23)]
    [InlineData("بريدي هو ahmad_1990@gmail.com شكرا", "ahmad_1990@gmail.com", 9, 20)]
    [InlineData("x@xn--mller-kva.de!", "x@xn--mller-kva.de", 0, 18)]
    [InlineData("a@b.co,", "a@b.co", 0, 6)]
    public void Addresses_are_found_with_span_and_trailing_punctuation_trimmed(string text, string address, int start, int length)
    {
        var match = Assert.Single(Recognizer.Recognize(text));
        Assert.Equal((address, start, length, text.Substring(start, length)), (match.Address, match.Start, match.Length, match.Text));
    }

    [Theory]
    [InlineData("a@b")]
    [InlineData("@example.de")]
    [InlineData("name@")]
    [InlineData("x@@y.de")]
    [InlineData("a@b@c.de")]
    [InlineData("name@host..de")]
    [InlineData("name@.de")]
    [InlineData("name@-host.de")]
    [InlineData("name@host.d")]
    [InlineData("name@host.123")]
    [InlineData(".@host.de")]
    [InlineData("a..b@host.de")]
    [InlineData("müller@web.de")]
    [InlineData("Treffen um 10 @ Kita")]
    [InlineData("no address here")]
    public void Junk_is_rejected(string text) => Assert.Empty(Recognizer.Recognize(text));

    [Fact]
    public void Several_addresses_are_all_found_in_order()
    {
        var matches = Recognizer.Recognize("mama@example.de oder papa@example.org");
        Assert.Equal(["mama@example.de", "papa@example.org"], matches.Select(m => m.Address));
    }

    [Fact]
    public void Overlong_local_part_is_rejected() => Assert.Empty(Recognizer.Recognize(new string('a', 65) + "@example.de"));
}
