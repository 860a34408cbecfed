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
    private const int MaxWordsNamingALanguage = 3;

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
        var words = folded.Split(' ');
        if (words.Length > MaxWordsNamingALanguage)
        {
            return null;
        }

        foreach (var info in LanguageInfo.All)
        {
            var native = MatchKey.Of(info.NativeName, info.Language);
            if (folded == native || words.Contains(native, StringComparer.Ordinal))
            {
                return info.Language;
            }
        }

        foreach (var said in LanguageInfo.All)
        {
            foreach (var (language, names) in catalog.Lexicon(said.Language).LanguageNames)
            {
                if (names.Any(name => folded == name || (name.Length > 3 && words.Contains(name, StringComparer.Ordinal))))
                {
                    return language;
                }
            }
        }

        return null;
    }
}
