using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Confirm;
using Xunit;

namespace KitaBot.Dialogs.Tests.Recognizers.Confirm;

public sealed class YesNoRecognizerTests
{
    private static readonly YesNoRecognizer Recognizer = new();

    [Theory]
    [InlineData(Language.German, "Ja")]
    [InlineData(Language.German, "jo")]
    [InlineData(Language.German, "Jup!")]
    [InlineData(Language.German, "na klar")]
    [InlineData(Language.German, "Ja, gerne")]
    [InlineData(Language.English, "yes")]
    [InlineData(Language.English, "Yeah sure")]
    [InlineData(Language.English, "yep")]
    [InlineData(Language.English, "no problem")]
    [InlineData(Language.French, "oui")]
    [InlineData(Language.French, "Ouais")]
    [InlineData(Language.French, "d’accord")]
    [InlineData(Language.French, "bien sur")]
    [InlineData(Language.Ukrainian, "так")]
    [InlineData(Language.Ukrainian, "ага")]
    [InlineData(Language.Ukrainian, "Авжеж")]
    [InlineData(Language.Arabic, "نعم")]
    [InlineData(Language.Arabic, "أيوه")]
    [InlineData(Language.Arabic, "ايوه")]
    [InlineData(Language.Arabic, "نَعَم")]
    [InlineData(Language.Turkish, "evet")]
    [InlineData(Language.Turkish, "EVET")]
    [InlineData(Language.Turkish, "tamam")]
    [InlineData(Language.Russian, "да")]
    [InlineData(Language.Russian, "ага")]
    [InlineData(Language.Russian, "Конечно")]
    [InlineData(Language.Polish, "tak")]
    [InlineData(Language.Polish, "jasne")]
    [InlineData(Language.Romanian, "da")]
    [InlineData(Language.Romanian, "Sigur")]
    [InlineData(Language.Bulgarian, "да")]
    [InlineData(Language.Bulgarian, "разбира се")]
    [InlineData(Language.Persian, "بله")]
    [InlineData(Language.Persian, "آره")]
    [InlineData(Language.Persian, "باشه")]
    [InlineData(Language.Arabic, "ok")]
    [InlineData(Language.Persian, "OK")]
    [InlineData(Language.German, "okay")]
    [InlineData(Language.Ukrainian, "👍")]
    [InlineData(Language.German, "👍🏽")]
    [InlineData(Language.French, "✔️")]
    public void Yes_words_are_yes(Language language, string text) =>
        Assert.Equal(YesNoAnswer.Yes, Recognizer.Recognize(text, language).Answer);

    [Theory]
    [InlineData(Language.German, "nein")]
    [InlineData(Language.German, "nö")]
    [InlineData(Language.German, "Nee danke")]
    [InlineData(Language.German, "stimmt nicht")]
    [InlineData(Language.English, "no")]
    [InlineData(Language.English, "Nope")]
    [InlineData(Language.French, "non")]
    [InlineData(Language.French, "pas du tout")]
    [InlineData(Language.Ukrainian, "ні")]
    [InlineData(Language.Ukrainian, "не")]
    [InlineData(Language.Arabic, "لا")]
    [InlineData(Language.Arabic, "كلا")]
    [InlineData(Language.Turkish, "hayır")]
    [InlineData(Language.Turkish, "HAYIR")]
    [InlineData(Language.Turkish, "yok")]
    [InlineData(Language.Russian, "нет")]
    [InlineData(Language.Polish, "nie")]
    [InlineData(Language.Romanian, "nu")]
    [InlineData(Language.Bulgarian, "не")]
    [InlineData(Language.Persian, "نه")]
    [InlineData(Language.Persian, "خیر")]
    [InlineData(Language.Persian, "نخیر")]
    [InlineData(Language.German, "👎")]
    [InlineData(Language.Arabic, "❌")]
    public void No_words_are_no(Language language, string text) =>
        Assert.Equal(YesNoAnswer.No, Recognizer.Recognize(text, language).Answer);

    [Theory]
    [InlineData(Language.German, "")]
    [InlineData(Language.German, "vielleicht")]
    [InlineData(Language.German, "ja nein")]
    [InlineData(Language.English, "no idea")]
    [InlineData(Language.English, "I don't know")]
    [InlineData(Language.Russian, "не знаю")]
    [InlineData(Language.Ukrainian, "не знаю")]
    [InlineData(Language.Arabic, "لا أعرف")]
    [InlineData(Language.French, "Bonjour")]
    [InlineData(Language.Polish, "nie wiem")]
    public void Unclear_answers_are_none(Language language, string text)
    {
        var result = Recognizer.Recognize(text, language);
        Assert.Equal((YesNoAnswer.None, 0, 0, (bool?)null), (result.Answer, result.Start, result.Length, result.AsBoolean));
    }

    [Theory]
    [InlineData(Language.Turkish, "Evet, tamam", 0, 4)]
    [InlineData(Language.German, "Also... ja, gerne!", 8, 9)]
    [InlineData(Language.Arabic, "حسنا، نعم", 0, 4)]
    public void Span_points_at_the_first_answer_phrase(Language language, string text, int start, int length)
    {
        var result = Recognizer.Recognize(text, language);
        Assert.Equal((YesNoAnswer.Yes, start, length, text.Substring(start, length)), (result.Answer, result.Start, result.Length, result.Text));
    }

    [Theory]
    [InlineData(Language.Arabic, "yes", YesNoAnswer.Yes)]
    [InlineData(Language.Persian, "nein", YesNoAnswer.No)]
    [InlineData(Language.Turkish, "ja", YesNoAnswer.Yes)]
    public void English_and_German_answers_are_understood_in_every_language(Language language, string text, YesNoAnswer expected) =>
        Assert.Equal(expected, Recognizer.Recognize(text, language).Answer);
}
