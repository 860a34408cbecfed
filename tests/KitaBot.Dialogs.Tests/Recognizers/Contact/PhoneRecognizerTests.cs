using KitaBot.Dialogs.Recognizers.Contact;
using Xunit;

namespace KitaBot.Dialogs.Tests.Recognizers.Contact;

public sealed class PhoneRecognizerTests
{
    private static readonly PhoneRecognizer Recognizer = new();

    [Theory]
    [InlineData("0171 1234567", "+491711234567")]
    [InlineData("01711234567", "+491711234567")]
    [InlineData("0171-1234567", "+491711234567")]
    [InlineData("0171/123 45 67", "+491711234567")]
    [InlineData("(0171) 1234567", "+491711234567")]
    [InlineData("0049 171 1234567", "+491711234567")]
    [InlineData("+49 171 1234567", "+491711234567")]
    [InlineData("+49 (0) 171 1234567", "+491711234567")]
    [InlineData("+49 (0)2921 30-0", "+492921300")]
    [InlineData("+49 0171 1234567", "+491711234567")]
    [InlineData("02921 30-0", "+492921300")]
    [InlineData("02921 / 30 - 0", "+492921300")]
    [InlineData("+380 67 123 4567", "+380671234567")]
    [InlineData("+90 532 123 45 67", "+905321234567")]
    [InlineData("00380671234567", "+380671234567")]
    [InlineData("٠١٧١ ١٢٣٤٥٦٧", "+491711234567")]
    [InlineData("۰۱۷۱۱۲۳۴۵۶۷", "+491711234567")]
    [InlineData("+٤٩ ١٧١ ١٢٣٤٥٦٧", "+491711234567")]
    public void Numbers_are_normalised_to_E164(string text, string e164)
    {
        var match = Assert.Single(Recognizer.Recognize(text));
        Assert.Equal((e164, 0, text.Length), (match.E164, match.Start, match.Length));
    }

    [Fact]
    public void Number_inside_a_sentence_keeps_its_span()
    {
        const string text = "Tel.: 0171 1234567, abends erreichbar";
        var match = Assert.Single(Recognizer.Recognize(text));
        Assert.Equal(("0171 1234567", 6, 12), (match.Text, match.Start, match.Length));
    }

    [Theory]
    [InlineData("0171 12")]
    [InlineData("+49 171")]
    [InlineData("+49 171 1234567 8901234")]
    [InlineData("1711234567")]
    [InlineData("07/11/2016")]
    [InlineData("07-11-16")]
    [InlineData("59494 Soest")]
    [InlineData("01067 Dresden")]
    [InlineData("2016-11-07")]
    [InlineData("ABC01711234567")]
    [InlineData("01711234567abc")]
    [InlineData("+0171234567")]
    public void Too_short_too_long_and_non_phone_numbers_are_rejected(string text) => Assert.Empty(Recognizer.Recognize(text));

    [Fact]
    public void Home_country_is_configurable()
    {
        var austrian = new PhoneRecognizer("43");
        Assert.Equal("+436641234567", Assert.Single(austrian.Recognize("0664 1234567")).E164);
        Assert.Throws<ArgumentException>(() => new PhoneRecognizer("049"));
    }
}
