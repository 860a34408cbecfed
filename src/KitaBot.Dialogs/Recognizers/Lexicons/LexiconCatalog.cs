using System.Text.Json;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Confirm;
using KitaBot.Dialogs.Recognizers.Numbers;

namespace KitaBot.Dialogs.Recognizers.Lexicons;

/// <summary>
/// Loads the embedded lexicon files and compiles each language on first use. Immutable once built;
/// <see cref="Shared"/> exists because the data is fixed at build time and compiling it per caller would waste time.
/// </summary>
internal sealed class LexiconCatalog
{
    private const string ResourcePrefix = "KitaBot.Recognizers.";

    private readonly Lazy<LanguageLexicon>[] languages;

    private LexiconCatalog()
    {
        var common = Load("common");
        languages = [.. LanguageInfo.All.Select(info => new Lazy<LanguageLexicon>(() => Compile(info, common)))];
        YesNoFallback = new Lazy<PhraseIndex<YesNoAnswer>>(() =>
            YesNoIndex([Load(LanguageInfo.Of(Language.English).Code), Load(LanguageInfo.Of(Language.German).Code)], Language.English));
    }

    public static LexiconCatalog Shared { get; } = new();

    /// <summary>English and German yes/no, tried when the user's language found nothing (many answer in those).</summary>
    public Lazy<PhraseIndex<YesNoAnswer>> YesNoFallback { get; }

    public LanguageLexicon For(Language language) => languages[(int)language].Value;

    private static LanguageLexicon Compile(LanguageInfo info, LexiconDocument common)
    {
        var document = Load(info.Code);
        return new LanguageLexicon(info.Language, new NumberLexicon(document, info.Language), YesNoIndex([document, common], info.Language));
    }

    private static PhraseIndex<YesNoAnswer> YesNoIndex(IEnumerable<LexiconDocument> documents, Language language) => new(
        documents.SelectMany(document => document.Unsure.Select(text => (text, YesNoAnswer.None))
            .Concat(document.Yes.Select(text => (text, YesNoAnswer.Yes)))
            .Concat(document.No.Select(text => (text, YesNoAnswer.No)))),
        language);

    private static LexiconDocument Load(string name)
    {
        using var stream = typeof(LexiconCatalog).Assembly.GetManifestResourceStream(ResourcePrefix + name + ".json")
            ?? throw new InvalidOperationException($"Lexicon resource '{name}' is missing from the assembly.");
        return JsonSerializer.Deserialize(stream, LexiconJsonContext.Default.LexiconDocument)
            ?? throw new InvalidOperationException($"Lexicon resource '{name}' is empty.");
    }
}
