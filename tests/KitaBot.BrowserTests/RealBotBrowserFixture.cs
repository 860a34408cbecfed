using KitaBot.Dialogs.Localization;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KitaBot.BrowserTests;

/// <summary>
/// The browser fixture with the real bot and its real SQLite stores in a temporary data folder (SQLite even where
/// the environment configures PostgreSQL: the mailbox reads the SQLite outbox). Tests read what a
/// family would find in its mailbox (the e-mail code) from the outbox, and check the store after a release.
/// </summary>
public sealed class RealBotBrowserFixture() : KitaBotBrowserFixture(null, Settings)
{
    // A test answers at machine speed; a whole registration posts about 40 activities in well under a minute, more
    // than the production limit (30 a minute) meant for people. Everything else stays as configured for production.
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["DirectLine:ActivitiesPerMinutePerConversation"] = "240",
        ["Storage:Provider"] = nameof(StorageProvider.Sqlite),
    };

    /// <summary>The e-mails the bot's outbox dispatcher delivered into the pickup folder of the data directory.</summary>
    public VerificationCodeMailbox Mailbox => new(Path.Combine(Host.DataFolder, "mail-pickup"));

    public IRegistrationStore Registrations => Host.Services.GetRequiredService<IRegistrationStore>();

    public IFamilyStore Families => Host.Services.GetRequiredService<IFamilyStore>();

    /// <summary>The bot's own texts in the language a test speaks, so tests wait for exactly what the family reads.</summary>
    public BotTexts Texts(string locale) =>
        new(Host.Services.GetRequiredService<TextCatalog>(),
            LanguageInfo.FromLocale(locale) ?? throw new ArgumentException("Not a KitaBot language: " + locale, nameof(locale)));
}
