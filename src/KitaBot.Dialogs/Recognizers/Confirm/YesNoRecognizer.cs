using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Lexicons;
using KitaBot.Dialogs.Recognizers.Text;

namespace KitaBot.Dialogs.Recognizers.Confirm;

/// <summary>
/// Recognises yes or no, including colloquial forms ("jo", "nö", "ouais", "ага", "أيوه", "آره") and
/// language-neutral ones ("ok", 👍, 👎). When both a yes and a no appear ("ja nein") the answer is None,
/// so the dialog asks again rather than guessing. Phrases are matched longest first, so "no problem" is yes
/// and "stimmt nicht" is no.
/// </summary>
public sealed class YesNoRecognizer
{
    private readonly LexiconCatalog catalog;

    public YesNoRecognizer()
        : this(LexiconCatalog.Shared)
    {
    }

    internal YesNoRecognizer(LexiconCatalog catalog) => this.catalog = catalog;

    public YesNoResult Recognize(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFolding.Fold(text, language);
        var tokens = TextTokenizer.Tokenize(folded);
        var (result, foundAny) = Scan(folded, tokens, catalog.For(language).YesNo);
        return foundAny ? result : Scan(folded, tokens, catalog.YesNoFallback.Value).Result;
    }

    private static (YesNoResult Result, bool FoundAny) Scan(FoldedText text, IReadOnlyList<TextToken> tokens, PhraseIndex<YesNoAnswer> index)
    {
        YesNoResult? first = null;
        var conflicting = false;
        var foundAny = false;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!index.TryMatch(text, tokens, i, out var phrase))
            {
                i++;
                continue;
            }

            foundAny = true;
            if (phrase.Payload != YesNoAnswer.None)
            {
                if (first is null)
                {
                    var end = tokens[i + phrase.Tokens.Length - 1].End;
                    var (start, length) = text.ToSourceSpan(tokens[i].Start, end - tokens[i].Start);
                    first = new YesNoResult(phrase.Payload, text.Source.Substring(start, length), start, length);
                }
                else if (first.Answer != phrase.Payload)
                {
                    conflicting = true;
                }
            }

            i += phrase.Tokens.Length;
        }

        return (conflicting || first is null ? YesNoResult.None : first, foundAny);
    }
}
