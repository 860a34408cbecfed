using Microsoft.Playwright;

namespace KitaBot.BrowserTests;

/// <summary>The Web Chat page as a family uses it: type into the send box, read the transcript.</summary>
public sealed class ChatPage : IAsyncDisposable
{
    private readonly List<string> _problems = [];

    public ChatPage(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _problems.Add(error);
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Script errors and CSP violations seen so far.</summary>
    public IReadOnlyList<string> Problems => _problems;

    public ILocator SendBox => Page.Locator("[data-id=\"webchat-sendbox-input\"]");

    public ILocator Transcript => Page.Locator(".webchat__basic-transcript");

    public async Task SendAsync(string text)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
    }

    /// <summary>Waits until a transcript bubble shows exactly this text (as text, not markup).</summary>
    public Task WaitForBubbleAsync(string text) =>
        Page.Locator(".webchat__bubble__content").GetByText(text, new() { Exact = true }).First
            .WaitForAsync(new() { Timeout = 20_000 });

    public Task<int> CountBubblesAsync(string text) =>
        Page.Locator(".webchat__bubble__content").GetByText(text, new() { Exact = true }).CountAsync();

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(KitaBotBrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
