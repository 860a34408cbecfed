using System.Collections.Frozen;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Lexicons;

namespace KitaBot.Dialogs.Recognizers.Numbers;

/// <summary>One language's number words compiled for lookup.</summary>
internal sealed class NumberLexicon
{
    public NumberLexicon(LexiconDocument document, Language language)
    {
        var numbers = document.Numbers;
        var slots = numbers.Slots.ToDictionary(
            pair => string.Join(' ', PhraseIndex<NumberWord>.FoldTokens(pair.Key, language)), pair => (long)pair.Value, StringComparer.Ordinal);

        var entries = new List<(string Text, NumberWord Word)>();
        foreach (var (value, words) in document.Ordinals.Words)
        {
            entries.AddRange(OrdinalForms(words, [string.Empty], document.Ordinals.Prefixes).Select(word => (word, NumberWord.Ordinal(value))));
        }

        foreach (var (value, stems) in document.Ordinals.Stems)
        {
            entries.AddRange(OrdinalForms(stems, document.Ordinals.Endings, document.Ordinals.Prefixes).Select(word => (word, NumberWord.Ordinal(value))));
        }

        foreach (var (value, words) in numbers.Cardinals)
        {
            entries.AddRange(words.Select(word => (word, NumberWord.Cardinal(value, SlotFor(word, slots, language)))));
        }

        foreach (var (value, words) in numbers.Multipliers)
        {
            entries.AddRange(words.Select(word => (word, NumberWord.Multiplier(value))));
        }

        entries.AddRange(numbers.Connectors.Select(word => (word, NumberWord.Connector)));

        Phrases = new PhraseIndex<NumberWord>(entries, language);
        Morphemes = entries
            .Where(entry => entry.Word.Kind != NumberWordKind.Ordinal)
            .Select(entry => (Tokens: PhraseIndex<NumberWord>.FoldTokens(entry.Text, language), entry.Word))
            .Where(entry => entry.Tokens.Length == 1)
            .DistinctBy(entry => entry.Tokens[0], StringComparer.Ordinal)
            .ToFrozenDictionary(entry => entry.Tokens[0], entry => entry.Word, StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        DigitSuffixes = document.Ordinals.DigitSuffixes
            .SelectMany(suffix => PhraseIndex<NumberWord>.FoldTokens(suffix, language))
            .ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        UnitFirst = numbers.UnitFirst;
        UnitTeen = numbers.UnitTeen;
        Compounds = numbers.Compounds;
    }

    public PhraseIndex<NumberWord> Phrases { get; }

    /// <summary>Single-word cardinals, multipliers and connectors, the parts compound words are split into.</summary>
    public FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> Morphemes { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DigitSuffixes { get; }

    public bool UnitFirst { get; }

    public bool UnitTeen { get; }

    public bool Compounds { get; }

    private static long? SlotFor(string word, Dictionary<string, long> slots, Language language) =>
        slots.TryGetValue(string.Join(' ', PhraseIndex<NumberWord>.FoldTokens(word, language)), out var slot) ? slot : null;

    private static IEnumerable<string> OrdinalForms(IEnumerable<string> stems, IReadOnlyList<string> endings, IReadOnlyList<string> prefixes) =>
        from stem in stems
        from ending in endings.Count == 0 ? [string.Empty] : endings
        from prefix in prefixes.Prepend(string.Empty)
        select prefix + stem + ending;
}
