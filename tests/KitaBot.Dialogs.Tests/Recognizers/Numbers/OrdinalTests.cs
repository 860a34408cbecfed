using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Numbers;
using Xunit;

namespace KitaBot.Dialogs.Tests.Recognizers.Numbers;

public sealed class OrdinalTests
{
    private static readonly NumberRecognizer Recognizer = new();

    // Position 1..10 in each language, in a form a user would type (mixed genders on purpose).
    private static readonly Dictionary<Language, string[]> FirstToTenth = new()
    {
        [Language.German] = ["erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte", "achte", "neunte", "zehnte"],
        [Language.English] = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"],
        [Language.French] = ["premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième"],
        [Language.Ukrainian] = ["перший", "друга", "третій", "четверта", "п'ятий", "шосте", "сьомий", "восьма", "дев'ятий", "десятий"],
        [Language.Arabic] = ["الأول", "الثاني", "الثالث", "الرابعة", "الخامس", "السادسة", "السابع", "الثامن", "التاسع", "العاشر"],
        [Language.Turkish] = ["birinci", "ikinci", "üçüncü", "dördüncü", "beşinci", "altıncı", "yedinci", "sekizinci", "dokuzuncu", "onuncu"],
        [Language.Russian] = ["первый", "вторая", "третье", "четвёртый", "пятая", "шестой", "седьмая", "восьмой", "девятый", "десятая"],
        [Language.Polish] = ["pierwszy", "drugi", "trzecia", "czwarty", "piąta", "szósty", "siódma", "ósmy", "dziewiąty", "dziesiąta"],
        [Language.Romanian] = ["primul", "al doilea", "a treia", "al patrulea", "a cincea", "al șaselea", "a șaptea", "al optulea", "a noua", "al zecelea"],
        [Language.Bulgarian] = ["първи", "втори", "трета", "четвърти", "пети", "шеста", "седми", "осма", "девети", "десета"],
        [Language.Persian] = ["اول", "دوم", "سومین", "چهارم", "پنجمین", "ششم", "هفتم", "هشتمین", "نهم", "دهم"],
    };

    public static TheoryData<Language, long, string> Ordinals()
    {
        var data = new TheoryData<Language, long, string>();
        foreach (var (language, words) in FirstToTenth)
        {
            for (var i = 0; i < words.Length; i++)
            {
                data.Add(language, i + 1, words[i]);
            }
        }

        return data;
    }

    [Fact]
    public void Table_covers_every_language() => Assert.Equal(LanguageInfo.All.Select(info => info.Language).Order(), FirstToTenth.Keys.Order());

    [Theory]
    [MemberData(nameof(Ordinals))]
    public void Ordinal_word_is_an_ordinal_match(Language language, long value, string word)
    {
        var match = Assert.Single(Recognizer.Recognize(word, language));
        Assert.Equal((value, NumberKind.Ordinal, 0, word.Length), (match.Value, match.Kind, match.Start, match.Length));
    }

    [Theory]
    [InlineData(Language.English, "the second one", 2, 4, 6)]
    [InlineData(Language.German, "Ich nehme die Zweite.", 2, 14, 6)]
    [InlineData(Language.French, "le deuxième", 2, 3, 8)]
    [InlineData(Language.Ukrainian, "друга", 2, 0, 5)]
    [InlineData(Language.Arabic, "الخيار الثاني", 2, 7, 6)]
    [InlineData(Language.Arabic, "الثانية", 2, 0, 7)]
    [InlineData(Language.Turkish, "ikincisi", 2, 0, 8)]
    [InlineData(Language.Turkish, "İKİNCİ", 2, 0, 6)]
    [InlineData(Language.Russian, "вторая", 2, 0, 6)]
    [InlineData(Language.Polish, "drugi", 2, 0, 5)]
    [InlineData(Language.Polish, "druga", 2, 0, 5)]
    [InlineData(Language.Romanian, "al doilea", 2, 0, 9)]
    [InlineData(Language.Romanian, "a doua", 2, 0, 6)]
    [InlineData(Language.Bulgarian, "втори", 2, 0, 5)]
    [InlineData(Language.Bulgarian, "втората", 2, 0, 7)]
    [InlineData(Language.Persian, "دومین", 2, 0, 5)]
    [InlineData(Language.Persian, "دومی", 2, 0, 4)]
    [InlineData(Language.English, "the 2nd", 2, 4, 3)]
    [InlineData(Language.English, "3rd option", 3, 0, 3)]
    [InlineData(Language.French, "la 2e", 2, 3, 2)]
    [InlineData(Language.French, "1ère", 1, 0, 4)]
    [InlineData(Language.German, "die 2te", 2, 4, 3)]
    [InlineData(Language.Russian, "2-й", 2, 0, 3)]
    [InlineData(Language.Romanian, "a 2-a", 2, 2, 3)]
    public void Ordinal_in_context_has_value_and_span(Language language, string text, long value, int start, int length)
    {
        var match = Assert.Single(Recognizer.Recognize(text, language), m => m.Kind == NumberKind.Ordinal);
        Assert.Equal((value, start, length), (match.Value, match.Start, match.Length));
    }

    [Theory]
    [InlineData(Language.Romanian, "două", 2)]
    [InlineData(Language.German, "acht", 8)]
    [InlineData(Language.Bulgarian, "пет", 5)]
    [InlineData(Language.Persian, "نه", 9)]
    public void Cardinal_that_shares_a_stem_with_an_ordinal_stays_cardinal(Language language, string text, long value)
    {
        var match = Assert.Single(Recognizer.Recognize(text, language));
        Assert.Equal((value, NumberKind.Cardinal), (match.Value, match.Kind));
    }
}
