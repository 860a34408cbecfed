using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Text;
using Xunit;

namespace KitaBot.Dialogs.Tests.Recognizers.Text;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Crème Brûlée", "Creme Brulee")]
    [InlineData("Straße", "Strasse")]
    [InlineData("Ærø Œuvre", "Aero Oeuvre")]
    [InlineData("Łódź ŞİŞLİ ştiinţă ștință", "Lodz SISLI stiinta stinta")]
    [InlineData("ёлка", "елка")]
    [InlineData("й ї", "й ї")]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("أحمد إبراهيم آمنة", "احمد ابراهيم امنه")]
    [InlineData("ـــكتـــاب", "كتاب")]
    public void Accents_fold_and_letter_variants_unify(string text, string expected) =>
        Assert.Equal(expected, TextFolding.FoldAccents(text));

    [Theory]
    [InlineData("٠١٢٣٤٥٦٧٨٩", "0123456789")]
    [InlineData("۰۱۲۳۴۵۶۷۸۹", "0123456789")]
    [InlineData("abc 42", "abc 42")]
    public void Digits_fold_to_ascii(string text, string expected) => Assert.Equal(expected, TextFolding.FoldDigits(text));

    [Theory]
    [InlineData(Language.Turkish, "IŞIK İSTANBUL", "ışık istanbul")]
    [InlineData(Language.German, "IŞIK İSTANBUL", "işik istanbul")]
    [InlineData(Language.English, "ΟΔΟΣ", "οδοσ")]
    [InlineData(Language.English, "οδός", "οδόσ")]
    public void Case_folds_with_turkish_i_and_greek_final_sigma(Language language, string text, string expected) =>
        Assert.Equal(expected, TextFolding.FoldCase(text, language));

    [Fact]
    public void Nfc_composes() => Assert.Equal("é", TextFolding.ToNfc("e\u0301"));

    [Fact]
    public void Fold_maps_every_folded_range_back_to_the_source()
    {
        var folded = TextFolding.Fold("Grüße, П’ЯТЬ 👍🏽 ٣ e\u0301!", Language.Ukrainian);
        Assert.Equal("grusse, пять 👍 3 e!", folded.Text);
        Assert.Equal((0, 5), folded.ToSourceSpan(0, 6));
        Assert.Equal((7, 5), folded.ToSourceSpan(8, 4));
        Assert.Equal((13, 2), folded.ToSourceSpan(13, 2));
        Assert.Equal((18, 1), folded.ToSourceSpan(16, 1));
        Assert.Equal((20, 1), folded.ToSourceSpan(18, 1));
    }

    [Theory]
    [InlineData("abc", "abd", 1)]
    [InlineData("regenbogen", "regenbgoen", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Damerau_levenshtein_counts_edits_and_swaps(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.DamerauLevenshtein(a, b, 5));

    [Fact]
    public void Damerau_levenshtein_stops_beyond_the_limit() =>
        Assert.Equal(2, EditDistance.DamerauLevenshtein("abcdef", "uvwxyz", 1));
}
