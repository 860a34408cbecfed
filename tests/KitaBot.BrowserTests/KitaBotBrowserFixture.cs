using KitaBot.Dialogs.Engine;
using KitaBot.TestHost;
using Microsoft.Playwright;

namespace KitaBot.BrowserTests;

/// <summary>
/// Debian's Chromium driven by Playwright against the real KitaBot host on a loopback port. One browser and one host
/// per test class; every test gets its own browser profile. Subclasses choose the bot: <see cref="TestBotBrowserFixture"/>
/// runs the test bot, <see cref="RealBotBrowserFixture"/> the real one.
/// </summary>
/// <param name="bot">The bot to run, or null for the real one.</param>
/// <param name="settings">Host configuration overrides.</param>
public abstract class KitaBotBrowserFixture(IActivityProcessor? bot, IReadOnlyDictionary<string, string?>? settings = null)
    : Xunit.IAsyncLifetime
{
    /// <summary>A phone held upright: the width most families will see the page at.</summary>
    public static readonly ViewportSize PhoneViewport = new() { Width = 390, Height = 844 };

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;

    public LoopbackKitaBot Host { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        // Every store of the host (Direct Line transcript, conversation state, portal data) in one temporary folder.
        var dataFolder = Directory.CreateTempSubdirectory("kitabot-browser-").FullName;
        var hostSettings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            [KitaBotHost.DataDirectoryKey] = dataFolder,
        };
        Host = await LoopbackKitaBot.StartAsync(bot, hostSettings, dataFolder);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh browser profile (no stored conversation) with the given browser language, phone-sized.</summary>
    public async Task<ChatPage> OpenChatAsync(string browserLocale)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = browserLocale,
            ViewportSize = PhoneViewport,
        });
        var page = await context.NewPageAsync();
        var chat = new ChatPage(context, page);
        await page.GotoAsync(Host.BaseAddress.ToString());
        return chat;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
            DeleteDataFolder(Host.DataFolder);
        }
    }

    private static void DeleteDataFolder(string folder)
    {
        // The host's databases are closed with it; SQLite's pool may still hold handles, which Linux lets us delete.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
