using System.Text.Json;
using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Finds dates in user text in the eleven KitaBot languages: numeric forms (day first), month names with every
/// grammatical form, ordinals, relative phrases and "as soon as possible". Build once and share: it is immutable
/// and thread-safe; each language's lexicon is read and its matcher compiled on first use.
/// </summary>
/// <remarks>
/// Under-specified dates get two readings. <see cref="DateMatch.Future"/> is the next occurrence on or after the
/// reference day, <see cref="DateMatch.Past"/> the last on or before it. Two-digit years: the future reading takes
/// the year within 50 years of the reference year, the past reading the latest such date on or before the
/// reference. Four-digit years outside 1900-2199 are not recognized; Solar Hijri dates are not converted.
/// </remarks>
public sealed class DateRecognizer
{
    private readonly Lazy<DateGrammar>[] grammars;

    public DateRecognizer()
    {
        grammars = LanguageInfo.All
            .Select(info => new Lazy<DateGrammar>(() => new DateGrammar(LoadLexicon(info.Code)), LazyThreadSafetyMode.ExecutionAndPublication))
            .ToArray();
    }

    /// <summary>All dates in <paramref name="text"/>, left to right, non-overlapping.</summary>
    /// <param name="text">The user's text as typed.</param>
    /// <param name="language">The language whose month names and phrases apply; digits work in every language.</param>
    /// <param name="reference">Today in Europe/Berlin, against which relative and partial dates resolve.</param>
    public IReadOnlyList<DateMatch> Recognize(string text, Language language, DateOnly reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Enum.IsDefined(language))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language.");
        }

        return grammars[(int)language].Value.Recognize(text, reference);
    }

    private static DateLexicon LoadLexicon(string code)
    {
        var resourceName = $"KitaBot.Dates.{code}.json";
        using var stream = typeof(DateRecognizer).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Date lexicon resource {resourceName} is missing.");
        return JsonSerializer.Deserialize(stream, DateLexiconJson.Default.DateLexicon)
            ?? throw new InvalidOperationException($"Date lexicon resource {resourceName} is empty.");
    }
}
