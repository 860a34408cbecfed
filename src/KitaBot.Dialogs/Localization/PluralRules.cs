namespace KitaBot.Dialogs.Localization;

/// <summary>CLDR cardinal plural rules for whole numbers in our eleven languages.</summary>
public static class PluralRules
{
    /// <summary>The categories a whole-number count can select in the language; every text with a count must have all.</summary>
    public static IReadOnlyList<PluralCategory> RequiredCategories(Language language) => language switch
    {
        Language.Ukrainian or Language.Russian or Language.Polish =>
            [PluralCategory.One, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        Language.Romanian => [PluralCategory.One, PluralCategory.Few, PluralCategory.Other],
        Language.Arabic =>
            [PluralCategory.Zero, PluralCategory.One, PluralCategory.Two, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        _ => [PluralCategory.One, PluralCategory.Other],
    };

    public static PluralCategory Select(Language language, int count)
    {
        var n = Math.Abs(count);
        var mod10 = n % 10;
        var mod100 = n % 100;
        return language switch
        {
            Language.French or Language.Persian => n <= 1 ? PluralCategory.One : PluralCategory.Other,
            Language.Ukrainian or Language.Russian => mod10 == 1 && mod100 != 11 ? PluralCategory.One
                : mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? PluralCategory.Few
                : PluralCategory.Many,
            Language.Polish => n == 1 ? PluralCategory.One
                : mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? PluralCategory.Few
                : PluralCategory.Many,
            Language.Romanian => n == 1 ? PluralCategory.One
                : n == 0 || mod100 is >= 2 and <= 19 ? PluralCategory.Few
                : PluralCategory.Other,
            Language.Arabic => n switch
            {
                0 => PluralCategory.Zero,
                1 => PluralCategory.One,
                2 => PluralCategory.Two,
                _ when mod100 is >= 3 and <= 10 => PluralCategory.Few,
                _ when mod100 is >= 11 and <= 99 => PluralCategory.Many,
                _ => PluralCategory.Other,
            },
            _ => n == 1 ? PluralCategory.One : PluralCategory.Other,
        };
    }
}
