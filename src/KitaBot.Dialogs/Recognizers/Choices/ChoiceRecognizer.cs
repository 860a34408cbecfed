using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Numbers;
using KitaBot.Dialogs.Recognizers.Text;

namespace KitaBot.Dialogs.Recognizers.Choices;

/// <summary>
/// Recognises which of the offered choices an answer selects, in this order:
/// 1. a postBack: the text equals a choice value exactly (always wins);
/// 2. a close match of the words of a value, title or synonym (accent-, case- and typo-tolerant);
/// 3. an ordinal ("the second", "die zweite", "الثاني");
/// 4. a partial match (some of the words, or the beginning of a word);
/// 5. a 1-based index ("2", "zwei") when the answer holds exactly one number.
/// Equal best scores give <see cref="ChoiceRecognitionStatus.Ambiguous"/> with the tied candidates.
/// </summary>
public sealed class ChoiceRecognizer
{
    private const double StrongScore = 0.8;
    private const double MinimumScore = 0.3;
    private const double TieMargin = 0.05;
    private const double EvidenceEpsilon = 1e-9;
    private const int DigitWeight = 3;

    private readonly NumberRecognizer numbers;

    public ChoiceRecognizer()
        : this(new NumberRecognizer())
    {
    }

    public ChoiceRecognizer(NumberRecognizer numbers) => this.numbers = numbers;

    public ChoiceRecognition Recognize(string text, IReadOnlyList<Choice> choices, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(choices);
        for (var i = 0; i < choices.Count; i++)
        {
            if (string.Equals(text, choices[i].Value, StringComparison.Ordinal))
            {
                return Matched(new ChoiceMatch(choices[i], i, 1.0, ChoiceMatchKind.PostBack, text, 0, text.Length));
            }
        }

        var folded = TextFolding.Fold(text, language);
        var tokens = TextTokenizer.Tokenize(folded);
        if (tokens.Count == 0 || choices.Count == 0)
        {
            return ChoiceRecognition.NoMatch;
        }

        var fuzzy = new List<ScoredChoice>(choices.Count);
        for (var i = 0; i < choices.Count; i++)
        {
            if (BestWordMatch(folded, tokens, choices[i], i, language) is { } match)
            {
                fuzzy.Add(match);
            }
        }

        if (DecideStrong(fuzzy) is { } strong)
        {
            return strong;
        }

        var numbersFound = numbers.Recognize(folded, tokens, language);
        var ordinal = numbersFound.FirstOrDefault(number => number.Kind == NumberKind.Ordinal && number.Value >= 1 && number.Value <= choices.Count);
        if (ordinal is not null)
        {
            return Matched(FromNumber(ordinal, choices, ChoiceMatchKind.Ordinal));
        }

        if (DecidePartial(fuzzy) is { } partial)
        {
            return partial;
        }

        var cardinals = numbersFound.Where(number => number.Kind == NumberKind.Cardinal).ToList();
        return cardinals is [{ Value: >= 1 } index] && index.Value <= choices.Count
            ? Matched(FromNumber(index, choices, ChoiceMatchKind.Index))
            : ChoiceRecognition.NoMatch;
    }

    /// <summary>Among matches of every word (typos allowed) the best score wins; equal scores are ambiguous ("Mutter Vater").</summary>
    private static ChoiceRecognition? DecideStrong(List<ScoredChoice> matches)
    {
        var qualified = matches.Where(m => m.Complete && m.Match.Score >= StrongScore).OrderByDescending(m => m.Match.Score).ToList();
        return qualified.Count == 0 ? null : Outcome(qualified.TakeWhile(m => qualified[0].Match.Score - m.Match.Score < TieMargin));
    }

    /// <summary>
    /// Among partial matches the one explaining most of the answer wins; choices that matched the same words
    /// equally well ("Sonnenschein" for "Sonnenschein Nord" and "Sonnenschein Süd") are ambiguous.
    /// </summary>
    private static ChoiceRecognition? DecidePartial(List<ScoredChoice> matches)
    {
        var qualified = matches.Where(m => m.Match.Score >= MinimumScore)
            .OrderByDescending(m => m.Evidence).ThenByDescending(m => m.Match.Score).ToList();
        return qualified.Count == 0 ? null : Outcome(qualified.TakeWhile(m => qualified[0].Evidence - m.Evidence < EvidenceEpsilon));
    }

    private static ChoiceRecognition Outcome(IEnumerable<ScoredChoice> tied)
    {
        var candidates = tied.Select(m => m.Match).ToList();
        return candidates.Count == 1 ? Matched(candidates[0]) : new ChoiceRecognition(ChoiceRecognitionStatus.Ambiguous, candidates);
    }

    private static ChoiceRecognition Matched(ChoiceMatch match) => new(ChoiceRecognitionStatus.Matched, [match]);

    private static ChoiceMatch FromNumber(NumberMatch number, IReadOnlyList<Choice> choices, ChoiceMatchKind kind)
    {
        var index = (int)number.Value - 1;
        return new ChoiceMatch(choices[index], index, 1.0, kind, number.Text, number.Start, number.Length);
    }

    private static ScoredChoice? BestWordMatch(FoldedText text, IReadOnlyList<TextToken> tokens, Choice choice, int index, Language language)
    {
        ScoredChoice? best = null;
        Consider(choice.Value, ChoiceMatchKind.Value);
        Consider(choice.Title, ChoiceMatchKind.Title);
        foreach (var synonym in choice.Synonyms)
        {
            Consider(synonym, ChoiceMatchKind.Synonym);
        }

        return best;

        void Consider(string candidate, ChoiceMatchKind kind)
        {
            if (string.IsNullOrWhiteSpace(candidate))
            {
                return;
            }

            var (score, evidence, complete, first, last) = Score(text, tokens, candidate, language);

            // Values are codes: only a full match counts ("3" must not half-match "k3").
            if (kind == ChoiceMatchKind.Value && !complete)
            {
                return;
            }

            if (score > 0 && (best is null || score > best.Match.Score))
            {
                var (start, length) = text.ToSourceSpan(tokens[first].Start, tokens[last].End - tokens[first].Start);
                best = new ScoredChoice(new ChoiceMatch(choice, index, score, kind, text.Source.Substring(start, length), start, length), evidence, complete);
            }
        }
    }

    /// <summary>
    /// Length-weighted share of the candidate's words found in the answer (each answer word used once; digits
    /// weigh more because they are distinctive), the weighted amount found, whether every word was found, and the
    /// first and last answer token that matched.
    /// </summary>
    private static (double Score, double Evidence, bool Complete, int First, int Last) Score(FoldedText text, IReadOnlyList<TextToken> tokens, string candidate, Language language)
    {
        var candidateText = TextFolding.Fold(candidate, language);
        var candidateTokens = TextTokenizer.Tokenize(candidateText);
        var used = new bool[tokens.Count];
        double matched = 0;
        double total = 0;
        int first = int.MaxValue, last = -1, found = 0;
        foreach (var expected in candidateTokens)
        {
            var weight = expected.Kind == TokenKind.Digits ? DigitWeight * expected.Length : expected.Length;
            total += weight;
            var bestSimilarity = 0.0;
            var bestToken = -1;
            for (var j = 0; j < tokens.Count; j++)
            {
                if (used[j])
                {
                    continue;
                }

                var similarity = TokenSimilarity.Of(tokens[j].In(text), expected.In(candidateText));
                if (similarity > bestSimilarity)
                {
                    bestSimilarity = similarity;
                    bestToken = j;
                }
            }

            if (bestToken >= 0)
            {
                used[bestToken] = true;
                found++;
                matched += bestSimilarity * weight;
                first = Math.Min(first, bestToken);
                last = Math.Max(last, bestToken);
            }
        }

        return total == 0 || last < 0 ? (0, 0, false, 0, 0) : (matched / total, matched, found == candidateTokens.Count, first, last);
    }
}
