using System.Text;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Dates;
using Xunit;

namespace KitaBot.Dialogs.Tests.Recognizers.Dates;

public sealed class DateRecognizerTests
{
    private static readonly DateRecognizer Recognizer = new();
    private static readonly DateOnly Reference = new(2026, 11, 21);

    [Fact]
    public void Issue_example_resolves_full_date_and_partial_date_by_sense()
    {
        var full = Assert.Single(Recognizer.Recognize("I'll go back on 15 January 2016", Language.English, new DateOnly(2016, 11, 7)));
        var partial = Assert.Single(Recognizer.Recognize("15.1.", Language.German, new DateOnly(2016, 11, 7)));

        Assert.Equal(("2016-01-15", "2016-01-15"), (full.Future.ToString(), full.Past.ToString()));
        Assert.Equal(("2017-01-15", "2016-01-15"), (partial.Future.ToString(), partial.Past.ToString()));
    }

    [Theory]
    [InlineData("1.8.27", "2027-08-01", "1927-08-01")]
    [InlineData("3.4.85", "1985-04-03", "1985-04-03")]
    [InlineData("21.11.26", "2026-11-21", "2026-11-21")]
    [InlineData("22.11.26", "2026-11-22", "1926-11-22")]
    [InlineData("1.1.76", "1976-01-01", "1976-01-01")]
    [InlineData("1.1.75", "2075-01-01", "1975-01-01")]
    public void Two_digit_years_take_the_nearest_century_for_the_future_and_the_latest_past_date(string text, string future, string past)
    {
        var match = Assert.Single(Recognizer.Recognize(text, Language.German, Reference));

        Assert.Equal((future, past), (match.Future.ToString(), match.Past.ToString()));
    }

    [Fact]
    public void The_twenty_ninth_of_February_without_year_resolves_to_the_nearest_leap_years()
    {
        var match = Assert.Single(Recognizer.Recognize("am 29.2.", Language.German, Reference));

        Assert.Equal(("2028-02-29", "2024-02-29"), (match.Future.ToString(), match.Past.ToString()));
    }

    [Theory]
    [InlineData("31.02.2026")]
    [InlineData("31. April 2027")]
    [InlineData("30.02.")]
    [InlineData("29.02.2027")]
    [InlineData("2027-13-01")]
    public void Impossible_dates_are_not_matches_and_hide_nothing_inside(string text) =>
        Assert.Empty(Recognizer.Recognize(text, Language.German, Reference));

    [Fact]
    public void Spans_point_into_the_original_text_when_it_is_decomposed_or_carries_direction_marks()
    {
        var decomposed = "Start: 1. Ma\u0308rz 2027!".Normalize(NormalizationForm.FormD);
        var rtl = "\u200F\u0661\u0665/\u0663/\u0662\u0660\u0662\u0667\u200F \u0634\u0643\u0631\u0627";

        var german = Assert.Single(Recognizer.Recognize(decomposed, Language.German, Reference));
        var arabic = Assert.Single(Recognizer.Recognize(rtl, Language.Arabic, Reference));

        Assert.Equal("1. Ma\u0308rz 2027", german.Text);
        Assert.Equal(decomposed.Substring(german.Start, german.Length), german.Text);
        Assert.Equal("2027-03-01", german.Future.ToString());
        Assert.Equal(1, arabic.Start);
        Assert.Equal("\u0661\u0665/\u0663/\u0662\u0660\u0662\u0667", arabic.Text);
        Assert.Equal("2027-03-15", arabic.Future.ToString());
    }

    [Theory]
    [InlineData("1 NİSAN 2027")]
    [InlineData("1 NISAN 2027")]
    [InlineData("1 nisan 2027")]
    [InlineData("1 Nısan 2027")]
    public void Turkish_dotted_and_dotless_i_fold_alike(string text)
    {
        var match = Assert.Single(Recognizer.Recognize(text, Language.Turkish, Reference));

        Assert.Equal("2027-04-01", match.Future.ToString());
    }

    [Fact]
    public void Several_dates_in_one_sentence_come_back_in_order()
    {
        var matches = Recognizer.Recognize("Geboren am 3.4.2022, Start ab 1. August 2027 oder so bald wie möglich.", Language.German, Reference);

        Assert.Equal(["3.4.2022", "1. August 2027", "so bald wie möglich"], matches.Select(match => match.Text));
        Assert.Equal([DateExpressionKind.Numeric, DateExpressionKind.DayMonthYear, DateExpressionKind.AsSoonAsPossible], matches.Select(match => match.Kind));
    }

    [Fact]
    public void Month_values_print_as_year_and_month()
    {
        var match = Assert.Single(Recognizer.Recognize("August 2026", Language.English, Reference));

        Assert.Equal(new DateValue(new DateOnly(2026, 8, 1), DateGranularity.Month), match.Future);
        Assert.Equal("2026-08", match.Future.ToString());
        Assert.Equal(DateExpressionKind.MonthYear, match.Kind);
    }

    [Fact]
    public void Relative_dates_near_the_end_of_the_calendar_are_dropped_instead_of_throwing()
    {
        var matches = Recognizer.Recognize("in 3 years, tomorrow, next month", Language.English, DateOnly.MaxValue);

        Assert.Empty(matches);
    }

    [Fact]
    public void Concurrent_callers_share_one_recognizer_and_get_the_same_answers()
    {
        var shared = new DateRecognizer();
        var sentences = Enum.GetValues<Language>().Select(language => (language, text: "15.01.2027 asap")).ToArray();

        var results = Enumerable.Range(0, 64).AsParallel()
            .Select(index => sentences[index % sentences.Length])
            .Select(sentence => shared.Recognize(sentence.text, sentence.language, Reference)[0].Future.ToString())
            .ToList();

        Assert.All(results, value => Assert.Equal("2027-01-15", value));
    }

    [Fact]
    public void Unknown_language_values_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Recognizer.Recognize("today", (Language)99, Reference));
    }
}
