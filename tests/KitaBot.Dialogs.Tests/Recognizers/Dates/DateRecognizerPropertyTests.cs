using FsCheck;
using FsCheck.Fluent;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Dates;
using Xunit;

namespace KitaBot.Dialogs.Tests.Recognizers.Dates;

public sealed class DateRecognizerPropertyTests
{
    private static readonly DateRecognizer Recognizer = new();

    // Fragments that steer random text towards the recognizer's edges: digits of three scripts, separators,
    // month names, combining marks, direction marks, lone surrogates and Turkish/Arabic letter variants.
    private static readonly string[] Fragments =
    [
        "1", "2", "9", "0", "12", "31", "2027", "٢", "٠", "۱", "۹", ".", "/", "-", "٫", "،", " ", "  ", ",", "'", "’",
        "März", "Mai", "may", "in", "next", "août", "1er", "січня", "-го", "Şubat", "İ", "ı", "آب", "شهر", "ماه", "مه",
        "sierpnia", "mai", "luna", "май", "г.", "\u0301", "\u0308", "\u200F", "\u200C", "\u0640", "\uD83D", "\uDE00",
        "\uDC00", "\u00A0", "a", "z", "Ω", "日", "tomorrow", "morgen", "in 3", "days", "ago", "asap", "\n",
    ];

    [Fact]
    public void Random_text_never_throws_and_every_span_lies_inside_the_text()
    {
        var fragment = Gen.OneOf(Gen.Elements(Fragments), ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString()));
        var text = Gen.ListOf(fragment).Select(parts => string.Concat(parts));
        var language = Gen.Elements(Enum.GetValues<Language>());
        var reference = Gen.Choose(-3, 3).Select(days => new DateOnly(2026, 11, 21).AddDays(days * 97));
        var input = from t in text
                    from l in language
                    from r in reference
                    select (Text: t, Language: l, Reference: r);

        Prop.ForAll(input.ToArbitrary(), sample =>
        {
            var matches = Recognizer.Recognize(sample.Text, sample.Language, sample.Reference);
            var previousEnd = 0;
            foreach (var match in matches)
            {
                if (match.Start < previousEnd || match.Length <= 0 || match.Start + match.Length > sample.Text.Length
                    || match.Text != sample.Text.Substring(match.Start, match.Length))
                {
                    return false;
                }

                previousEnd = match.Start + match.Length;
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }
}
