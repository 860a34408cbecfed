using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Confirm;
using KitaBot.Dialogs.Recognizers.Numbers;

namespace KitaBot.Dialogs.Recognizers.Lexicons;

/// <summary>One language's compiled lexicons.</summary>
internal sealed class LanguageLexicon(Language language, NumberLexicon numbers, PhraseIndex<YesNoAnswer> yesNo)
{
    public Language Language { get; } = language;

    public NumberLexicon Numbers { get; } = numbers;

    /// <summary>Yes/no phrases of the language plus the language-neutral ones (ok, 👍); None marks "don't know".</summary>
    public PhraseIndex<YesNoAnswer> YesNo { get; } = yesNo;
}
