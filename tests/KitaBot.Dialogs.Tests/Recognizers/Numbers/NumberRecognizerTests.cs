using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Numbers;
using Xunit;

namespace KitaBot.Dialogs.Tests.Recognizers.Numbers;

public sealed class NumberRecognizerTests
{
    private static readonly NumberRecognizer Recognizer = new();

    [Theory]
    [InlineData("Ich habe 3 Kinder", 3, 9, 1)]
    [InlineData("عندي ٣ أطفال", 3, 5, 1)]
    [InlineData("من ۳ بچه دارم", 3, 3, 1)]
    [InlineData("٢٠١٦", 2016, 0, 4)]
    [InlineData("۱۲۳۴۵", 12345, 0, 5)]
    [InlineData("room 042", 42, 5, 3)]
    public void Digits_of_any_script_are_numbers(string text, long value, int start, int length)
    {
        var match = Assert.Single(Recognizer.Recognize(text, Language.German));
        Assert.Equal((value, NumberKind.Cardinal, start, length), (match.Value, match.Kind, match.Start, match.Length));
    }

    [Theory]
    [InlineData(Language.German, "fünfunddreißig", 35)]
    [InlineData(Language.German, "Fuenfunddreissig", -1)]
    [InlineData(Language.German, "fünf und dreißig", 35)]
    [InlineData(Language.German, "zweihundertvierundsechzig", 264)]
    [InlineData(Language.German, "hundertundeins", 101)]
    [InlineData(Language.German, "dreitausendzweihundert", 3200)]
    [InlineData(Language.German, "zwo", 2)]
    [InlineData(Language.English, "one hundred and five", 105)]
    [InlineData(Language.English, "a hundred", 100)]
    [InlineData(Language.English, "twenty one", 21)]
    [InlineData(Language.French, "soixante-dix-sept", 77)]
    [InlineData(Language.French, "quatre-vingt-dix-neuf", 99)]
    [InlineData(Language.French, "soixante et onze", 71)]
    [InlineData(Language.French, "deux cents", 200)]
    [InlineData(Language.French, "septante-sept", 77)]
    [InlineData(Language.Ukrainian, "одна", 1)]
    [InlineData(Language.Ukrainian, "одне", 1)]
    [InlineData(Language.Ukrainian, "дві", 2)]
    [InlineData(Language.Ukrainian, "пʼять", 5)]
    [InlineData(Language.Ukrainian, "двісті тридцять п’ять", 235)]
    [InlineData(Language.Russian, "одна", 1)]
    [InlineData(Language.Russian, "одно", 1)]
    [InlineData(Language.Russian, "две", 2)]
    [InlineData(Language.Russian, "сто двадцать три", 123)]
    [InlineData(Language.Russian, "две тысячи", 2000)]
    [InlineData(Language.Polish, "dwie", 2)]
    [InlineData(Language.Polish, "jedna", 1)]
    [InlineData(Language.Polish, "dwieście piec", 205)]
    [InlineData(Language.Romanian, "două", 2)]
    [InlineData(Language.Romanian, "doua", 2)]
    [InlineData(Language.Romanian, "douăzeci și două", 22)]
    [InlineData(Language.Romanian, "două sute", 200)]
    [InlineData(Language.Romanian, "unșpe", 11)]
    [InlineData(Language.Bulgarian, "една", 1)]
    [InlineData(Language.Bulgarian, "два", 2)]
    [InlineData(Language.Bulgarian, "двайсет и пет", 25)]
    [InlineData(Language.Turkish, "otuzbeş", 35)]
    [InlineData(Language.Turkish, "iki yüz elli", 250)]
    [InlineData(Language.Turkish, "İKİ", 2)]
    [InlineData(Language.Turkish, "ALTI", 6)]
    [InlineData(Language.Arabic, "خمسة وثلاثون", 35)]
    [InlineData(Language.Arabic, "خَمْسَة وَثَلَاثُون", 35)]
    [InlineData(Language.Arabic, "ثلاث عشرة", 13)]
    [InlineData(Language.Arabic, "اثنتان", 2)]
    [InlineData(Language.Arabic, "واحدة", 1)]
    [InlineData(Language.Arabic, "مئة وخمسة وعشرون", 125)]
    [InlineData(Language.Persian, "سی و پنج", 35)]
    [InlineData(Language.Persian, "سی‌وپنج", 35)]
    [InlineData(Language.Persian, "صد و دو", 102)]
    [InlineData(Language.Persian, "سيصد", 300)]
    public void Number_words_have_their_value(Language language, string text, long value)
    {
        var matches = Recognizer.Recognize(text, language);
        if (value < 0)
        {
            Assert.DoesNotContain(matches, match => match.Value == 35);
            return;
        }

        var match = Assert.Single(matches);
        Assert.Equal((value, NumberKind.Cardinal, 0, text.Length), (match.Value, match.Kind, match.Start, match.Length));
    }

    [Theory]
    [InlineData(Language.German, "zwei drei", new long[] { 2, 3 })]
    [InlineData(Language.German, "zwanzig Kinder, fünf Erwachsene", new long[] { 20, 5 })]
    [InlineData(Language.English, "twenty, five", new long[] { 20, 5 })]
    [InlineData(Language.English, "2 or 3 kids and one dog", new long[] { 2, 3, 1 })]
    [InlineData(Language.French, "quatre vingt", new long[] { 80 })]
    [InlineData(Language.Russian, "пять шесть", new long[] { 5, 6 })]
    public void Separate_numbers_stay_separate(Language language, string text, long[] values) =>
        Assert.Equal(values, Recognizer.Recognize(text, language).Select(match => match.Value));

    [Theory]
    [InlineData(Language.German, "Achtung, das Einhorn ist neu")]
    [InlineData(Language.English, "someone is at the door")]
    [InlineData(Language.Persian, "دوده")]
    [InlineData(Language.Turkish, "onu gördüm")]
    [InlineData(Language.Russian, "вторник")]
    [InlineData(Language.Polish, "piątek")]
    public void Words_that_merely_contain_number_syllables_are_not_numbers(Language language, string text) =>
        Assert.Empty(Recognizer.Recognize(text, language));
}
