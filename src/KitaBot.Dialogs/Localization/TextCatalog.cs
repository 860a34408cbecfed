using System.Globalization;
using System.Security;
using System.Text;
using System.Text.Json;

namespace KitaBot.Dialogs.Localization;

/// <summary>
/// All user-facing text, loaded once from the per-language resource files (<c>Resources/{tag}.json</c>).
/// Renders a <see cref="LocalizedText"/> in a language: placeholders filled, plural form chosen, German portal
/// terms shown beside their translation, and in right-to-left languages every inserted value isolated (FSI/PDI)
/// so Latin names, e-mail addresses, dates and reference numbers display in the right order.
/// </summary>
public sealed class TextCatalog
{
    private const char FirstStrongIsolate = '\u2068';
    private const char PopDirectionalIsolate = '\u2069';

    private readonly LanguageTexts[] _languages;

    private TextCatalog(LanguageTexts[] languages) => _languages = languages;

    /// <summary>Loads the resource files embedded in this assembly.</summary>
    public static TextCatalog LoadEmbedded()
    {
        var assembly = typeof(TextCatalog).Assembly;
        var languages = LanguageInfo.All.Select(info =>
        {
            using var stream = assembly.GetManifestResourceStream($"KitaBot.Texts.{info.Tag}.json")
                ?? throw new InvalidOperationException($"The text resources for {info.Tag} are missing.");
            return LanguageTexts.Parse(info, stream);
        }).ToArray();
        return new TextCatalog(languages);
    }

    /// <summary>The raw resource data, for the completeness test and translators' tools.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> RawTexts(Language language) =>
        _languages[(int)language].Raw;

    public IReadOnlyDictionary<string, string> RawGlossary(Language language) => _languages[(int)language].Glossary;

    /// <summary>Command words, language names and detection words of a language, as <see cref="MatchKey"/>s.</summary>
    public ConversationLexicon Lexicon(Language language) => _languages[(int)language].Lexicon;

    public string Get(TextId id, Language language, params TextArg[] args) => Render(new LocalizedText(id, args), language).Text;

    public RenderedText Render(LocalizedText text, Language language)
    {
        var texts = _languages[(int)language];
        var display = new StringBuilder();
        var speak = new StringBuilder();
        Append(texts, text, display, speak);
        return new RenderedText(display.ToString(), speak.ToString());
    }

    /// <summary>The German portal term beside its translation, e.g. "district (Ortsteil)"; German alone in German.</summary>
    public string Term(GlossaryTerm term, Language language)
    {
        var display = new StringBuilder();
        AppendTerm(_languages[(int)language], term.ToString(), display, new StringBuilder());
        return display.ToString();
    }

    private void Append(LanguageTexts texts, LocalizedText text, StringBuilder display, StringBuilder speak)
    {
        var template = texts.Select(text.Id, text.Args);
        foreach (var segment in template.Segments)
        {
            switch (segment.Kind)
            {
                case TextTemplate.SegmentKind.Literal:
                    display.Append(segment.Value);
                    speak.Append(SecurityElement.Escape(segment.Value));
                    break;
                case TextTemplate.SegmentKind.Term:
                    AppendTerm(texts, segment.Value, display, speak);
                    break;
                default:
                    var arg = text.Args.FirstOrDefault(a => a.Name == segment.Value)
                        ?? throw new InvalidOperationException($"Text {text.Id} needs the argument '{segment.Value}'.");
                    AppendArgument(texts, arg, display, speak);
                    break;
            }
        }
    }

    private void AppendArgument(LanguageTexts texts, TextArg arg, StringBuilder display, StringBuilder speak)
    {
        if (arg.Kind == TextArgKind.Text)
        {
            Append(texts, new LocalizedText(Enum.Parse<TextId>(arg.Value), []), display, speak);
            return;
        }

        var (shown, spoken) = Format(texts, arg);
        if (texts.Info.IsRightToLeft)
        {
            display.Append(FirstStrongIsolate).Append(shown).Append(PopDirectionalIsolate);
        }
        else
        {
            display.Append(shown);
        }

        speak.Append(spoken);
    }

    private static (string Shown, string Spoken) Format(LanguageTexts texts, TextArg arg)
    {
        switch (arg.Kind)
        {
            case TextArgKind.Date:
                var date = DateOnly.ParseExact(arg.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                return (LongDate(date, texts),
                    $"<say-as interpret-as=\"date\" format=\"dmy\">{date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}</say-as>");
            case TextArgKind.Month:
                var month = DateOnly.ParseExact(arg.Value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var monthText = month.ToString("MMMM yyyy", texts.DateFormat);
                return (monthText, SecurityElement.Escape(monthText));
            case TextArgKind.Reference:
                return (arg.Value, $"<say-as interpret-as=\"characters\">{SecurityElement.Escape(arg.Value)}</say-as>");
            default:
                return (arg.Value, SecurityElement.Escape(arg.Value));
        }
    }

    /// <summary>The long date as each language writes it: "1. August 2027", "1er août 2027", "1 August 2027".</summary>
    private static string LongDate(DateOnly date, LanguageTexts texts) => texts.Info.Language switch
    {
        Language.German => date.ToString("d. MMMM yyyy", texts.DateFormat),
        Language.French when date.Day == 1 => "1er " + date.ToString("MMMM yyyy", texts.DateFormat),
        _ => date.ToString("d MMMM yyyy", texts.DateFormat),
    };

    private static void AppendTerm(LanguageTexts texts, string term, StringBuilder display, StringBuilder speak)
    {
        var german = GermanTerms.Value[term];
        if (texts.Info.Language == Language.German)
        {
            display.Append(german);
            speak.Append(SecurityElement.Escape(german));
            return;
        }

        var translated = texts.Glossary[term];
        display.Append(translated).Append(" (");
        if (texts.Info.IsRightToLeft)
        {
            display.Append(FirstStrongIsolate).Append(german).Append(PopDirectionalIsolate);
        }
        else
        {
            display.Append(german);
        }

        display.Append(')');
        speak.Append(SecurityElement.Escape(translated));
    }

    private static readonly Lazy<IReadOnlyDictionary<string, string>> GermanTerms = new(() =>
    {
        using var stream = typeof(TextCatalog).Assembly.GetManifestResourceStream("KitaBot.Texts.de-DE.json")
            ?? throw new InvalidOperationException("The German text resources are missing.");
        return LanguageTexts.Parse(LanguageInfo.Of(Language.German), stream).Glossary;
    });

    private sealed class LanguageTexts
    {
        private readonly Dictionary<PluralCategory, TextTemplate>?[] _plurals;
        private readonly TextTemplate?[] _templates;

        private LanguageTexts(LanguageInfo info, CultureInfo dateFormat, int size)
        {
            Info = info;
            DateFormat = dateFormat;
            _templates = new TextTemplate?[size];
            _plurals = new Dictionary<PluralCategory, TextTemplate>?[size];
        }

        public LanguageInfo Info { get; }

        /// <summary>The language's culture with the Gregorian calendar (ar-SA and fa-IR default to others).</summary>
        public CultureInfo DateFormat { get; }

        public Dictionary<string, IReadOnlyDictionary<string, string>> Raw { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Glossary { get; } = new(StringComparer.Ordinal);

        public ConversationLexicon Lexicon { get; private set; } = new(new Dictionary<Command, IReadOnlyList<string>>(), new Dictionary<Language, IReadOnlyList<string>>(), []);

        public static LanguageTexts Parse(LanguageInfo info, Stream stream)
        {
            var culture = (CultureInfo)CultureInfo.GetCultureInfo(info.Tag).Clone();
            culture.DateTimeFormat.Calendar = new GregorianCalendar();
            var ids = Enum.GetValues<TextId>();
            var result = new LanguageTexts(info, culture, ids.Length);

            using var document = JsonDocument.Parse(stream);
            foreach (var property in document.RootElement.GetProperty("texts").EnumerateObject())
            {
                if (!Enum.TryParse<TextId>(property.Name, out var id))
                {
                    continue;
                }

                if (property.Value.ValueKind == JsonValueKind.String)
                {
                    var source = property.Value.GetString()!;
                    result._templates[(int)id] = TextTemplate.Parse(source);
                    result.Raw[property.Name] = new Dictionary<string, string> { ["text"] = source };
                }
                else
                {
                    var forms = new Dictionary<PluralCategory, TextTemplate>();
                    var raw = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var form in property.Value.EnumerateObject())
                    {
                        forms[Enum.Parse<PluralCategory>(form.Name, ignoreCase: true)] = TextTemplate.Parse(form.Value.GetString()!);
                        raw[form.Name] = form.Value.GetString()!;
                    }

                    result._plurals[(int)id] = forms;
                    result.Raw[property.Name] = raw;
                }
            }

            if (document.RootElement.TryGetProperty("glossary", out var glossary))
            {
                foreach (var term in glossary.EnumerateObject())
                {
                    result.Glossary[term.Name] = term.Value.GetString()!;
                }
            }

            result.Lexicon = ParseLexicon(document.RootElement, info.Language);
            return result;
        }

        private static ConversationLexicon ParseLexicon(JsonElement root, Language language)
        {
            IReadOnlyList<string> Words(JsonElement array) =>
                array.EnumerateArray().Select(w => MatchKey.Of(w.GetString()!, language)).Where(w => w.Length > 0).ToArray();

            var commands = new Dictionary<Command, IReadOnlyList<string>>();
            if (root.TryGetProperty("commands", out var commandWords))
            {
                foreach (var command in commandWords.EnumerateObject())
                {
                    commands[Enum.Parse<Command>(command.Name, ignoreCase: true)] = Words(command.Value);
                }
            }

            var names = new Dictionary<Language, IReadOnlyList<string>>();
            if (root.TryGetProperty("languageNames", out var languageNames))
            {
                foreach (var name in languageNames.EnumerateObject())
                {
                    if (LanguageInfo.FromLocale(name.Name) is { } named)
                    {
                        names[named.Language] = Words(name.Value);
                    }
                }
            }

            var detection = root.TryGetProperty("detectionWords", out var detectionWords) ? Words(detectionWords) : [];
            return new ConversationLexicon(commands, names, detection);
        }

        public TextTemplate Select(TextId id, IReadOnlyList<TextArg> args)
        {
            if (_templates[(int)id] is { } template)
            {
                return template;
            }

            var forms = _plurals[(int)id]
                ?? throw new InvalidOperationException($"Text {id} is missing in {Info.Tag}.");
            var count = args.FirstOrDefault(a => a.Kind == TextArgKind.Count);
            var category = count is null
                ? PluralCategory.Other
                : PluralRules.Select(Info.Language, int.Parse(count.Value, CultureInfo.InvariantCulture));
            return forms.GetValueOrDefault(category) ?? forms[PluralCategory.Other];
        }
    }
}
