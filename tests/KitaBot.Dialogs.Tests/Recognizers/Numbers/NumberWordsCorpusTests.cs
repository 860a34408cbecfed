using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Numbers;
using Xunit;

namespace KitaBot.Dialogs.Tests.Recognizers.Numbers;

public sealed class NumberWordsCorpusTests
{
    private static readonly NumberRecognizer Recognizer = new();

    public static TheoryData<Language, long, string> Words()
    {
        var data = new TheoryData<Language, long, string>();
        foreach (var (language, value, words) in NumberCorpus.All())
        {
            data.Add(language, value, words);
        }

        return data;
    }

    [Fact]
    public void Corpus_covers_0_to_100_in_all_eleven_languages()
    {
        var corpus = NumberCorpus.All().ToList();
        Assert.Equal(11 * 101, corpus.Count);
        Assert.All(LanguageInfo.All, info => Assert.Equal(Enumerable.Range(0, 101).Select(v => (long)v), corpus.Where(c => c.Language == info.Language).Select(c => c.Value)));
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void Spelled_number_is_one_cardinal_covering_the_words(Language language, long value, string words)
    {
        var match = Assert.Single(Recognizer.Recognize(words, language));
        Assert.Equal((value, NumberKind.Cardinal, 0, words.Length), (match.Value, match.Kind, match.Start, match.Length));
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void Spelled_number_inside_a_sentence_keeps_its_span(Language language, long value, string words)
    {
        var text = "« " + words + " »?";
        var match = Assert.Single(Recognizer.Recognize(text, language));
        Assert.Equal((value, 2, words.Length, words), (match.Value, match.Start, match.Length, match.Text));
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void Upper_case_spelling_is_recognised(Language language, long value, string words)
    {
        var upper = words.ToUpper(LanguageInfo.Of(language).Culture);
        Assert.Equal(value, Assert.Single(Recognizer.Recognize(upper, language)).Value);
    }
}
