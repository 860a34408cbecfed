using System.Text.RegularExpressions;
using KitaBot.Dialogs.Localization;
using Xunit;

namespace KitaBot.Dialogs.Tests.Localization;

/// <summary>
/// Every language has every text with the same placeholders, every plural form its grammar needs, every German
/// portal term, the command words, the names of all languages and words that identify it.
/// </summary>
public sealed partial class TextCompletenessTests
{
    private static readonly TextCatalog Catalog = TextCatalog.LoadEmbedded();

    public static TheoryData<Language> Languages => new(Enum.GetValues<Language>());

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_is_there(Language language)
    {
        var raw = Catalog.RawTexts(language);
        var missing = Enum.GetValues<TextId>().Select(id => id.ToString()).Where(id => !raw.ContainsKey(id)).ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Placeholders_match_english(Language language)
    {
        var english = Catalog.RawTexts(Language.English);
        var differing = Catalog.RawTexts(language)
            .Where(text => !Placeholders(text.Value).SetEquals(Placeholders(english[text.Key])))
            .Select(text => text.Key)
            .ToList();
        Assert.Empty(differing);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Plural_texts_have_exactly_the_forms_the_language_needs(Language language)
    {
        var english = Catalog.RawTexts(Language.English);
        var required = PluralRules.RequiredCategories(language).Select(c => c.ToString().ToLowerInvariant()).ToHashSet();
        var wrong = Catalog.RawTexts(language)
            .Where(text => english[text.Key].ContainsKey("other"))
            .Where(text => !text.Value.Keys.ToHashSet().SetEquals(required))
            .Select(text => $"{text.Key}: {string.Join(",", text.Value.Keys)}")
            .ToList();
        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_glossary_term_is_translated(Language language)
    {
        var glossary = Catalog.RawGlossary(language);
        var missing = Enum.GetValues<GlossaryTerm>().Where(term => string.IsNullOrWhiteSpace(glossary.GetValueOrDefault(term.ToString()))).ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Commands_language_names_and_detection_words_are_there(Language language)
    {
        var lexicon = Catalog.Lexicon(language);
        Assert.All(Enum.GetValues<Command>(), command => Assert.NotEmpty(lexicon.Commands.GetValueOrDefault(command) ?? []));
        Assert.All(Enum.GetValues<Language>(), named => Assert.NotEmpty(lexicon.LanguageNames.GetValueOrDefault(named) ?? []));
        Assert.True(lexicon.DetectionWords.Count >= 15, $"{language} has {lexicon.DetectionWords.Count} detection words.");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_renders_with_sample_values(Language language)
    {
        foreach (var id in Enum.GetValues<TextId>())
        {
            var english = Catalog.RawTexts(Language.English)[id.ToString()];
            var args = english.Values.SelectMany(Placeholders).Where(p => !p.StartsWith("term:", StringComparison.Ordinal)).Distinct()
                .Select(Sample).ToArray();
            foreach (var count in new[] { 0, 1, 2, 3, 5, 11, 22, 101 })
            {
                var rendered = Catalog.Render(new LocalizedText(id, [.. args.Where(a => a.Kind != TextArgKind.Count), TextArg.Count(count)]), language);
                Assert.DoesNotContain("{", rendered.Text, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData(Language.Arabic)]
    [InlineData(Language.Persian)]
    public void Values_inside_right_to_left_text_are_isolated(Language language)
    {
        var rendered = Catalog.Render(LocalizedText.Of(TextId.ReleasedKita,
            TextArg.Reference("reference", "KB-2026-7K3M9Q"), TextArg.Plain("name", "Lina"), TextArg.Plain("kita", "Kita Sonnenschein")), language).Text;
        Assert.Contains("\u2068KB-2026-7K3M9Q\u2069", rendered, StringComparison.Ordinal);
        Assert.Contains("\u2068Kita Sonnenschein\u2069", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void German_terms_stand_beside_the_translation_and_alone_in_german()
    {
        Assert.Equal("Ortsteil", Catalog.Term(GlossaryTerm.Ortsteil, Language.German));
        Assert.Equal("district (Ortsteil)", Catalog.Term(GlossaryTerm.Ortsteil, Language.English));
        Assert.EndsWith("(\u2068Ortsteil\u2069)", Catalog.Term(GlossaryTerm.Ortsteil, Language.Arabic), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void No_translated_word_stands_twice_before_its_german_term(Language language)
    {
        var doubled = Catalog.RawTexts(language)
            .Where(text => language != Language.German && text.Value.Values.Any(v => v.Contains("({term:", StringComparison.Ordinal)))
            .Select(text => text.Key)
            .ToList();
        Assert.Empty(doubled);
    }

    private static TextArg Sample(string placeholder) => placeholder switch
    {
        "count" => TextArg.Count(2),
        "date" or "start" or "end" or "deadline" => TextArg.Date(placeholder, new DateOnly(2027, 8, 1)),
        "reference" => TextArg.Reference(placeholder, "KB-2026-7K3M9Q"),
        "number" or "rank" => TextArg.Number(placeholder, 2),
        "hours" or "status" => TextArg.Nested(placeholder, TextId.Hours25),
        _ => TextArg.Plain(placeholder, "Value"),
    };

    private static HashSet<string> Placeholders(IReadOnlyDictionary<string, string> forms) =>
        forms.Values.SelectMany(Placeholders).Where(p => p != "count").ToHashSet();

    private static IEnumerable<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex PlaceholderPattern();
}
