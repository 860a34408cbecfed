using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Choices;
using Xunit;

namespace KitaBot.Dialogs.Tests.Recognizers.Choices;

public sealed class ChoiceRecognizerTests
{
    private static readonly ChoiceRecognizer Recognizer = new();

    private static readonly Choice[] Kitas =
    [
        new("k1", "Kita Sonnenschein", ["Sonnenschein Soest"]),
        new("k2", "Kita Regenbogen", ["Regenbogenland"]),
        new("k3", "Waldkindergarten Wichtel", ["Wald"]),
    ];

    [Fact]
    public void PostBack_value_matches_exactly_and_wins()
    {
        var choices = new Choice[] { new("ja", "Nein"), new("nein", "Ja") };
        var best = Recognizer.Recognize("ja", choices, Language.German).Best;
        Assert.NotNull(best);
        Assert.Equal((0, ChoiceMatchKind.PostBack, 1.0), (best.Index, best.Kind, best.Score));
    }

    [Theory]
    [InlineData("K2", "k2", ChoiceMatchKind.Value)]
    [InlineData("Kita Regenbogen", "k2", ChoiceMatchKind.Title)]
    [InlineData("ich möchte in die kita regenbogen bitte", "k2", ChoiceMatchKind.Title)]
    [InlineData("regenbogenland", "k2", ChoiceMatchKind.Synonym)]
    [InlineData("Wald", "k3", ChoiceMatchKind.Synonym)]
    [InlineData("KITA SONNENSCHEIN", "k1", ChoiceMatchKind.Title)]
    public void Value_title_and_synonym_select_a_choice(string text, string value, ChoiceMatchKind kind)
    {
        var best = Recognizer.Recognize(text, Kitas, Language.German).Best;
        Assert.NotNull(best);
        Assert.Equal((value, kind), (best.Choice.Value, best.Kind));
    }

    [Theory]
    [InlineData("Regenbgoen", "k2")]
    [InlineData("kita sonnenshein", "k1")]
    [InlineData("Sonnenschien", "k1")]
    [InlineData("Waldkindergarden Wichtl", "k3")]
    public void Typos_are_tolerated(string text, string value) =>
        Assert.Equal(value, Recognizer.Recognize(text, Kitas, Language.German).Best?.Choice.Value);

    [Theory]
    [InlineData("Regenbogen", "k2")]
    [InlineData("sonnen", "k1")]
    [InlineData("Wichtel", "k3")]
    public void Partial_matches_are_scored_below_full_matches(string text, string value)
    {
        var best = Recognizer.Recognize(text, Kitas, Language.German).Best;
        Assert.NotNull(best);
        Assert.Equal(value, best.Choice.Value);
        Assert.InRange(best.Score, 0.3, 0.99);
    }

    [Theory]
    [InlineData(Language.German, "die zweite")]
    [InlineData(Language.English, "the second one")]
    [InlineData(Language.French, "le deuxième")]
    [InlineData(Language.Ukrainian, "друга")]
    [InlineData(Language.Arabic, "الثاني")]
    [InlineData(Language.Turkish, "ikincisi")]
    [InlineData(Language.Russian, "вторая")]
    [InlineData(Language.Polish, "drugi")]
    [InlineData(Language.Romanian, "al doilea")]
    [InlineData(Language.Bulgarian, "втори")]
    [InlineData(Language.Persian, "دومی")]
    [InlineData(Language.English, "2nd")]
    public void Ordinal_selects_by_position_in_every_language(Language language, string text)
    {
        var best = Recognizer.Recognize(text, Kitas, language).Best;
        Assert.NotNull(best);
        Assert.Equal((1, ChoiceMatchKind.Ordinal), (best.Index, best.Kind));
    }

    [Theory]
    [InlineData(Language.German, "3", 2)]
    [InlineData(Language.German, "Nummer 1", 0)]
    [InlineData(Language.German, "drei", 2)]
    [InlineData(Language.Arabic, "٢", 1)]
    [InlineData(Language.Persian, "۳", 2)]
    [InlineData(Language.Persian, "سه", 2)]
    public void One_based_index_selects_by_position(Language language, string text, int index)
    {
        var best = Recognizer.Recognize(text, Kitas, language).Best;
        Assert.NotNull(best);
        Assert.Equal((index, ChoiceMatchKind.Index), (best.Index, best.Kind));
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("die fünfte")]
    [InlineData("Schwimmbad")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1 oder 2")]
    public void Unrelated_or_out_of_range_answers_match_nothing(string text) =>
        Assert.Equal(ChoiceRecognitionStatus.NoMatch, Recognizer.Recognize(text, Kitas, Language.German).Status);

    [Fact]
    public void Accents_and_case_are_ignored()
    {
        Choice[] care = [new("creche", "Crèche municipale"), new("assmat", "Assistante maternelle")];
        Assert.Equal("creche", Recognizer.Recognize("CRECHE MUNICIPALE", care, Language.French).Best?.Choice.Value);
        Assert.Equal("assmat", Recognizer.Recognize("assistante maternèlle", care, Language.French).Best?.Choice.Value);
    }

    [Fact]
    public void Digits_in_titles_are_distinctive()
    {
        Choice[] hours = [new("h25", "25 Stunden"), new("h35", "35 Stunden"), new("h45", "45 Stunden")];
        Assert.Equal("h35", Recognizer.Recognize("35", hours, Language.German).Best?.Choice.Value);
        Assert.Equal("h45", Recognizer.Recognize("45 Stunden pro Woche", hours, Language.German).Best?.Choice.Value);
    }

    [Fact]
    public void Equally_good_partial_matches_are_ambiguous_with_candidates()
    {
        Choice[] branches = [new("n", "Sonnenschein Nord"), new("s", "Sonnenschein Süd"), new("r", "Regenbogen")];
        var result = Recognizer.Recognize("sonnenschein", branches, Language.German);
        Assert.Equal(ChoiceRecognitionStatus.Ambiguous, result.Status);
        Assert.Null(result.Best);
        Assert.Equal(["n", "s"], result.Candidates.Select(c => c.Choice.Value).Order());
    }

    [Fact]
    public void Naming_two_choices_is_ambiguous()
    {
        Choice[] parents = [new("mother", "Mutter"), new("father", "Vater")];
        var result = Recognizer.Recognize("Mutter und Vater", parents, Language.German);
        Assert.Equal(ChoiceRecognitionStatus.Ambiguous, result.Status);
        Assert.Equal(2, result.Candidates.Count);
    }

    [Fact]
    public void Full_match_beats_partial_match_of_another_choice()
    {
        Choice[] choices = [new("a", "Sonnenschein"), new("b", "Kita Sonnenschein am Park")];
        Assert.Equal("a", Recognizer.Recognize("Sonnenschein", choices, Language.German).Best?.Choice.Value);
    }

    [Fact]
    public void Match_span_points_at_the_matched_words()
    {
        const string text = "Ich nehme Kita Regenbogen, danke";
        var best = Recognizer.Recognize(text, Kitas, Language.German).Best;
        Assert.NotNull(best);
        Assert.Equal((10, 15, "Kita Regenbogen"), (best.Start, best.Length, best.Text));
    }

    [Fact]
    public void Localized_titles_in_other_scripts_match()
    {
        Choice[] choices = [new("yes", "نعم، أنا موافق"), new("later", "لاحقاً")];
        Assert.Equal("later", Recognizer.Recognize("لاحقا", choices, Language.Arabic).Best?.Choice.Value);
        Choice[] ukrainian = [new("kita", "Дитячий садок"), new("hort", "Група продовженого дня")];
        Assert.Equal("kita", Recognizer.Recognize("дитячий садок", ukrainian, Language.Ukrainian).Best?.Choice.Value);
    }
}
