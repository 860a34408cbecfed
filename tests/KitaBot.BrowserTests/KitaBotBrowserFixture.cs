using KitaBot.Dialogs.Engine;
using KitaBot.TestHost;
using Microsoft.Playwright;

namespace KitaBot.BrowserTests;

/// <summary>
/// Debian's Chromium driven by Playwright against the real KitaBot host on a loopback port. Subclasses choose the
/// bot: <see cref="TestBotBrowserFixture"/> runs the test bot; a subclass passing null runs the real bot.
/// </summary>
public abstract class KitaBotBrowserFixture(IActivityProcessor? bot) : Xunit.IAsyncLifetime
{
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
        Host = await LoopbackKitaBot.StartAsync(bot);
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
            ViewportSize = new ViewportSize { Width = 412, Height = 860 },
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
        }
    }
}
