namespace KitaBot.Dialogs.Localization;

/// <summary>
/// Guesses the language of a short message: first by script (Arabic script: Arabic or Persian by their own
/// letters; Cyrillic: Ukrainian, Russian or Bulgarian by theirs), then, for Latin and undecided Cyrillic text,
/// by letters peculiar to a language and by the frequent words in each language file.
/// </summary>
public sealed class LanguageDetector(TextCatalog catalog)
{
    private static readonly Language[] LatinLanguages =
        [Language.German, Language.English, Language.French, Language.Turkish, Language.Polish, Language.Romanian];

    private static readonly Language[] CyrillicLanguages = [Language.Ukrainian, Language.Russian, Language.Bulgarian];

    public Language? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        int arabicScript = 0, cyrillic = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            {
                arabicScript++;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
            else if (char.IsLetter(c) && c < '\u0250')
            {
                latin++;
            }
        }

        if (arabicScript > 0 && arabicScript >= cyrillic && arabicScript >= latin)
        {
            return CountOf(text, "پچژگکی") > CountOf(text, "ةىيكأإ") ? Language.Persian : Language.Arabic;
        }

        var words = MatchKey.Of(text, Language.English).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (cyrillic > 0 && cyrillic >= latin)
        {
            if (CountOf(text, "іїєґІЇЄҐ") > 0)
            {
                return Language.Ukrainian;
            }

            if (CountOf(text, "ыэёЫЭЁ") > 0)
            {
                return Language.Russian;
            }

            return BestByWords(words, CyrillicLanguages) ?? (CountOf(text, "ъЪ") > 0 ? Language.Bulgarian : Language.Russian);
        }

        return latin > 0 ? BestByLatin(text, words) : null;
    }

    private Language? BestByLatin(string text, string[] words)
    {
        var scores = LatinLanguages.ToDictionary(l => l, l => 2 * WordHits(words, l));
        scores[Language.German] += CountOf(text, "ßäÄ");
        scores[Language.Turkish] += CountOf(text, "şŞğĞıİ");
        scores[Language.Polish] += CountOf(text, "ąęłńśźżĄĘŁŃŚŹŻ");
        scores[Language.Romanian] += CountOf(text, "ăĂșȘțȚşţ");
        scores[Language.French] += CountOf(text, "éèêàùçœÉÈÊÀ");
        var best = scores.MaxBy(s => s.Value);
        return best.Value > 0 && scores.Count(s => s.Value == best.Value) == 1 ? best.Key : null;
    }

    private Language? BestByWords(string[] words, Language[] candidates)
    {
        var scored = candidates.Select(l => (Language: l, Hits: WordHits(words, l))).OrderByDescending(s => s.Hits).ToArray();
        return scored[0].Hits > 0 && scored[0].Hits > scored[1].Hits ? scored[0].Language : null;
    }

    private int WordHits(string[] words, Language language)
    {
        var known = catalog.Lexicon(language).DetectionWords;
        return words.Count(w => known.Contains(w, StringComparer.Ordinal));
    }

    private static int CountOf(string text, string letters) => text.Count(letters.Contains);
}
