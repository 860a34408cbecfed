using System.Globalization;
using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Tests.Recognizers.Numbers;

/// <summary>Reads Corpus/numbers/{code}.tsv: the standard spelling of 0..100 per language.</summary>
internal static class NumberCorpus
{
    public static IEnumerable<(Language Language, long Value, string Words)> All() =>
        from info in LanguageInfo.All
        from line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Corpus", "numbers", info.Code + ".tsv"))
        where line.Length > 0 && line[0] != '#'
        let fields = line.Split('\t')
        select (info.Language, long.Parse(fields[0], CultureInfo.InvariantCulture), fields[1]);
}
