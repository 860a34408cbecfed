using KitaBot.Dialogs.Localization;

namespace KitaBot.BrowserTests;

/// <summary>The bot's texts in one language, rendered by the bot's own catalog (values isolated in RTL languages).</summary>
public sealed class BotTexts(TextCatalog catalog, LanguageInfo language)
{
    public LanguageInfo Language { get; } = language;

    public string this[TextId id, params TextArg[] args] => catalog.Get(id, Language.Language, args);

    /// <summary>A value the bot shows as it is, e.g. a Kita's name on a button.</summary>
    public string Verbatim(string value) => this[TextId.Verbatim, TextArg.Plain("value", value)];
}
