using System.Collections.Frozen;
using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Registration.Commands;

/// <summary>
/// Recognizes commands (help, cancel, back, start over, language, person) when the whole message is one of
/// their words in the current language, German or English; and a language named in any of our languages
/// ("English", "Türkçe", "auf Deutsch"), which switches to it. A name or an answer that merely contains such a
/// word is not a command.
/// </summary>
public sealed class CommandRecognizer(TextCatalog catalog)
{
    private readonly FrozenDictionary<string, Language> _languageNames = LanguageNames(catalog);

    private const int MaxWordsNamingALanguage = 2;

    public RecognizedCommand? Recognize(string? text, Language current)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var language in new[] { current, Language.German, Language.English }.Distinct())
        {
            var key = MatchKey.Of(text, language);
            foreach (var (command, words) in catalog.Lexicon(language).Commands)
            {
                if (words.Contains(key, StringComparer.Ordinal))
                {
                    return new RecognizedCommand(command);
                }
            }
        }

        var folded = MatchKey.Of(text, current);
        return folded.Length > 0 && NamedLanguage(folded) is { } target ? new RecognizedCommand(Command.Language, target) : null;
    }

    private Language? NamedLanguage(string folded)
    {
        if (_languageNames.TryGetValue(folded, out var named))
        {
            return named;
        }

        var words = folded.Split(' ');
        if (words.Length > MaxWordsNamingALanguage)
        {
            return null;
        }

        // A language name inside a short message ("auf Deutsch", "in English"); short names only on their own.
        foreach (var word in words)
        {
            if (word.Length > 3 && _languageNames.TryGetValue(word, out named))
            {
                return named;
            }
        }

        return null;
    }

    private static FrozenDictionary<string, Language> LanguageNames(TextCatalog catalog)
    {
        var names = new Dictionary<string, Language>(StringComparer.Ordinal);
        foreach (var said in LanguageInfo.All)
        {
            foreach (var (language, spoken) in catalog.Lexicon(said.Language).LanguageNames)
            {
                foreach (var name in spoken)
                {
                    names.TryAdd(name, language);
                }
            }
        }

        foreach (var info in LanguageInfo.All)
        {
            names[MatchKey.Of(info.NativeName, info.Language)] = info.Language;
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
