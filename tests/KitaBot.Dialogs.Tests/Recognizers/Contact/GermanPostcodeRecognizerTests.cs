using KitaBot.Dialogs.Recognizers.Contact;
using Xunit;

namespace KitaBot.Dialogs.Tests.Recognizers.Contact;

public sealed class GermanPostcodeRecognizerTests
{
    private static readonly GermanPostcodeRecognizer Recognizer = new();

    [Theory]
    [InlineData("59494", "59494", 0)]
    [InlineData("59494 Soest", "59494", 0)]
    [InlineData("Hauptstraße 5, 59494 Soest", "59494", 15)]
    [InlineData("Hauptstraße 5 59494 Soest", "59494", 14)]
    [InlineData("D-48565 Steinfurt", "48565", 2)]
    [InlineData("PLZ: 01067.", "01067", 5)]
    [InlineData("01001", "01001", 0)]
    [InlineData("99998", "99998", 0)]
    [InlineData("٥٩٤٩٤", "59494", 0)]
    public void Postcodes_are_found(string text, string postcode, int start)
    {
        var match = Assert.Single(Recognizer.Recognize(text));
        Assert.Equal((postcode, start, 5), (match.Postcode, match.Start, match.Length));
    }

    [Theory]
    [InlineData("00999")]
    [InlineData("01000")]
    [InlineData("99999")]
    [InlineData("1234")]
    [InlineData("123456")]
    [InlineData("12345678")]
    [InlineData("1.23456")]
    [InlineData("12345,50 Euro")]
    [InlineData("12345-6")]
    [InlineData("A12345")]
    [InlineData("12345B")]
    [InlineData("+12345")]
    [InlineData("Tel. 0171 12345")]
    public void Other_numbers_are_not_postcodes(string text) => Assert.Empty(Recognizer.Recognize(text));
}
