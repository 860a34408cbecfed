using System.Globalization;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Dates;
using Xunit;

namespace KitaBot.Dialogs.Tests.Recognizers.Dates;

/// <summary>Runs every line of Corpus/dates/*.jsonl against the recognizer; each line is its own test case.</summary>
public sealed class DateCorpusTests
{
    private static readonly DateRecognizer Recognizer = new();

    public static TheoryData<string> CaseNames => [.. DateCorpus.Names];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Corpus_case_is_recognized_as_written(string name)
    {
        var (language, expected) = DateCorpus.Get(name);
        var reference = expected.Reference is null
            ? DateCorpus.DefaultReference
            : DateOnly.ParseExact(expected.Reference, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var matches = Recognizer.Recognize(expected.Text, language, reference);

        if (expected.None)
        {
            Assert.Empty(matches);
            return;
        }

        var match = Assert.Single(matches);
        var text = expected.Match ?? expected.Text;
        var start = expected.Start ?? expected.Text.IndexOf(text, StringComparison.Ordinal);
        Assert.True(start >= 0, $"The expected match \"{text}\" is not part of the case text.");
        Assert.Equal((text, start, text.Length), (match.Text, match.Start, match.Length));
        Assert.Equal(expected.Value, match.Future.ToString());
        Assert.Equal(expected.Past ?? expected.Value, match.Past.ToString());
        if (expected.Kind is { } kind)
        {
            Assert.Equal(Enum.Parse<DateExpressionKind>(kind), match.Kind);
        }
    }

    [Fact]
    public void Corpus_has_at_least_forty_dated_phrasings_per_language()
    {
        var perLanguage = DateCorpus.Cases
            .Where(entry => !entry.Case.None)
            .GroupBy(entry => entry.Language)
            .ToDictionary(group => group.Key, group => group.Count());

        Assert.All(Enum.GetValues<Language>(), language => Assert.True(
            perLanguage.GetValueOrDefault(language) >= 40,
            $"{language} has {perLanguage.GetValueOrDefault(language)} dated corpus cases."));
    }
}
