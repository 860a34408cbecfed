using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Lexicons;
using KitaBot.Dialogs.Recognizers.Text;

namespace KitaBot.Dialogs.Recognizers.Numbers;

/// <summary>
/// Finds integers written in digits (any Unicode decimal digits) or words, and ordinals ("zweite", "2nd",
/// "الثاني"), in one of KitaBot's languages. Thread-safe; lexicons are compiled once per language.
/// </summary>
public sealed class NumberRecognizer
{
    private readonly LexiconCatalog catalog;

    public NumberRecognizer()
        : this(LexiconCatalog.Shared)
    {
    }

    internal NumberRecognizer(LexiconCatalog catalog) => this.catalog = catalog;

    /// <summary>All numbers in <paramref name="text"/>, in order, not overlapping.</summary>
    public IReadOnlyList<NumberMatch> Recognize(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFolding.Fold(text, language);
        return Recognize(folded, TextTokenizer.Tokenize(folded), language);
    }

    internal IReadOnlyList<NumberMatch> Recognize(FoldedText text, IReadOnlyList<TextToken> tokens, Language language)
    {
        var lexicon = catalog.For(language).Numbers;
        var pieces = NumberPieceReader.Read(text, tokens, lexicon);
        var matches = new List<NumberMatch>();
        var i = 0;
        while (i < pieces.Count)
        {
            var piece = pieces[i];
            if (piece.Word.Kind == NumberWordKind.Connector)
            {
                i++;
                continue;
            }

            if (piece.IsDigits || piece.Word.Kind == NumberWordKind.Ordinal)
            {
                var kind = piece.Word.Kind == NumberWordKind.Ordinal ? NumberKind.Ordinal : NumberKind.Cardinal;
                matches.Add(ToMatch(text, piece, piece, piece.Word.Value, kind));
                i++;
                continue;
            }

            var number = NumberAccumulator.Start(piece.Word);
            var last = i;
            while (TryExtend(pieces, last, lexicon, ref number, out var next))
            {
                last = next;
            }

            matches.Add(ToMatch(text, piece, pieces[last], number.Value, NumberKind.Cardinal));
            i = last + 1;
        }

        return matches;
    }

    private static bool TryExtend(List<NumberPiece> pieces, int last, NumberLexicon lexicon, ref NumberAccumulator number, out int next)
    {
        next = last + 1;
        if (next >= pieces.Count || pieces[next].BreakBefore)
        {
            return false;
        }

        var afterConnector = pieces[next].Word.Kind == NumberWordKind.Connector;
        if (afterConnector)
        {
            next++;
            if (next >= pieces.Count || pieces[next].BreakBefore)
            {
                return false;
            }
        }

        var candidate = pieces[next];
        if (candidate.IsDigits || !number.TryAdd(candidate.Word, afterConnector, lexicon, out var extended))
        {
            return false;
        }

        number = extended;
        return true;
    }

    private static NumberMatch ToMatch(FoldedText text, NumberPiece first, NumberPiece last, long value, NumberKind kind)
    {
        var (start, length) = text.ToSourceSpan(first.FoldedStart, last.FoldedEnd - first.FoldedStart);
        return new NumberMatch(text.Source.Substring(start, length), start, length, value, kind);
    }
}
