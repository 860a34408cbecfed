using FsCheck;
using FsCheck.Fluent;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Choices;
using KitaBot.Dialogs.Recognizers.Confirm;
using KitaBot.Dialogs.Recognizers.Contact;
using KitaBot.Dialogs.Recognizers.Numbers;
using Xunit;

namespace KitaBot.Dialogs.Tests.Recognizers;

/// <summary>Random input never throws, and every reported span lies inside the input and equals its text.</summary>
public sealed class RecognizerRobustnessProperties
{
    private static readonly NumberRecognizer Numbers = new();
    private static readonly YesNoRecognizer YesNo = new();
    private static readonly ChoiceRecognizer Choices = new();
    private static readonly EmailRecognizer Emails = new();
    private static readonly PhoneRecognizer Phones = new();
    private static readonly GermanPostcodeRecognizer Postcodes = new();
    private static readonly Choice[] Offered = [new("k1", "Kita Sonnenschein", ["Sonne"]), new("k2", "Crèche", []), new("k3", "دومی", ["٢"])];

    // Fragments that exercise the interesting paths (compounds, connectors, scripts, emoji, surrogates, contact data).
    private static readonly string[] Fragments =
    [
        "fünf", "und", "zwanzig", "hundert", "quatre", "vingt", "dix", "et", "وثلاثون", "خمسة", "عشر", "سی", "و", "پنج",
        "п'ять", "дві", "al", "doilea", "a", "doua", "ikinci", "2", "٣", "۴", "nd", "-", " ", ",", ".", "@", "+49", "(0)",
        "0171", "/", "D-", "59494", "👍", "🏽", "\uFE0F", "\u200C", "İ", "I", "ß", "\uD800", "\uDC00", "é", "\u0301", "ja", "nö",
        "mail@bäcker.de", "xn--", "'", "\u00A0",
    ];

    private static readonly Language[] Languages = Enum.GetValues<Language>();

    [Fact]
    public void Arbitrary_strings_never_throw_and_spans_are_consistent() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), Prop.ForAll(ArbMap.Default.ArbFor<string>(), Gen.Elements(Languages).ToArbitrary(), AllRecognizersBehave));

    [Fact]
    public void Strings_built_from_lexicon_fragments_never_throw_and_spans_are_consistent()
    {
        var text = Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(800), Prop.ForAll(text, Gen.Elements(Languages).ToArbitrary(), AllRecognizersBehave));
    }

    private static bool AllRecognizersBehave(string? input, Language language)
    {
        var text = input ?? string.Empty;
        var spans = new List<(string Text, int Start, int Length)>();
        spans.AddRange(Numbers.Recognize(text, language).Select(m => (m.Text, m.Start, m.Length)));
        var yesNo = YesNo.Recognize(text, language);
        spans.Add((yesNo.Text, yesNo.Start, yesNo.Length));
        spans.AddRange(Choices.Recognize(text, Offered, language).Candidates.Select(m => (m.Text, m.Start, m.Length)));
        spans.AddRange(Emails.Recognize(text).Select(m => (m.Text, m.Start, m.Length)));
        spans.AddRange(Phones.Recognize(text).Select(m => (m.Text, m.Start, m.Length)));
        spans.AddRange(Postcodes.Recognize(text).Select(m => (m.Text, m.Start, m.Length)));
        return spans.All(span => span.Start >= 0 && span.Length >= 0 && span.Start + span.Length <= text.Length
            && string.Equals(text.Substring(span.Start, span.Length), span.Text, StringComparison.Ordinal));
    }
}
