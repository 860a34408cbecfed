using Microsoft.Playwright;

namespace KitaBot.BrowserTests;

/// <summary>The Web Chat page as a family uses it: type into the send box, press the bot's buttons, read the transcript.</summary>
public sealed class ChatPage : IAsyncDisposable
{
    /// <summary>How long one bot answer may take on a busy 2-core CI machine.</summary>
    public const float AnswerTimeout = 20_000;

    // Whitespace as the reader sees it: line breaks, no-break spaces and runs of spaces all count as one space.
    private const string MessagesAfterScript = """
        from => Array.from(document.querySelectorAll('.webchat__bubble__content'))
            .slice(from)
            .map(bubble => bubble.innerText.replace(/\s+/g, ' ').trim())
        """;

    // Returns the position plus one: waiting ends on a truthy value, and position 0 is not.
    private const string FindMessageAfterScript = """
        ([from, expected]) => {
            const wanted = expected.replace(/\s+/g, ' ').trim();
            const bubbles = Array.from(document.querySelectorAll('.webchat__bubble__content'));
            for (let index = from; index < bubbles.length; index++) {
                if (bubbles[index].innerText.replace(/\s+/g, ' ').trim() === wanted) {
                    return index + 1;
                }
            }
            return false;
        }
        """;

    // Connected (no connectivity notice) and the transcript scrolled to its end (Web Chat scrolls smoothly).
    private const string SettledScript = """
        () => {
            const scroller = document.querySelector('.webchat__basic-transcript__scrollable');
            return document.querySelector('.webchat__connectivityStatus') === null
                && scroller !== null
                && scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 2;
        }
        """;

    private const string ConnectedScript = "() => document.querySelector('.webchat__connectivityStatus') === null";

    // Brings the newest message with this text to the top of the transcript (or as far as the end allows).
    private const string ScrollToMessageScript = """
        expected => {
            const wanted = expected.replace(/\s+/g, ' ').trim();
            const bubble = Array.from(document.querySelectorAll('.webchat__bubble__content'))
                .reverse()
                .find(candidate => candidate.innerText.replace(/\s+/g, ' ').trim() === wanted);
            const scroller = document.querySelector('.webchat__basic-transcript__scrollable');
            if (!bubble || !scroller) {
                return false;
            }
            bubble.scrollIntoView({ block: 'start' });
            return Math.abs(bubble.getBoundingClientRect().top - scroller.getBoundingClientRect().top) < 40
                || scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 2;
        }
        """;

    private readonly List<string> _problems = [];
    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _dialogs = [];

    public ChatPage(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.SetDefaultTimeout(AnswerTimeout);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add(message.Text);
                if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                {
                    _problems.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) => _problems.Add(error);
        page.Dialog += async (_, dialog) =>
        {
            _dialogs.Add(dialog.Type + ": " + dialog.Message);
            await dialog.DismissAsync();
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Script errors and CSP violations seen so far.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Every console error seen so far (failed loads, CSP reports, script errors logged by Web Chat).</summary>
    public IReadOnlyList<string> ConsoleErrors => _consoleErrors;

    /// <summary>Alerts, confirms and prompts the page opened (injected script would show up here).</summary>
    public IReadOnlyList<string> Dialogs => _dialogs;

    public ILocator SendBox => Page.Locator("[data-id=\"webchat-sendbox-input\"]");

    public ILocator Transcript => Page.Locator(".webchat__basic-transcript");

    /// <summary>Web Chat's send box area (input and send button), which carries its own <c>dir</c>.</summary>
    public ILocator SendBoxArea => Page.Locator(".webchat__send-box");

    /// <summary>One of the bot's buttons (suggested actions) under its latest question.</summary>
    public ILocator Button(string title) =>
        Page.Locator(".webchat__suggested-actions").GetByRole(AriaRole.Button, new() { Name = title, Exact = true });

    public async Task SendAsync(string text)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
    }

    /// <summary>Types an answer and waits until the bot's next question is shown.</summary>
    public async Task<int> AnswerAsync(string text, string nextQuestion)
    {
        var before = await CountMessagesAsync();
        await SendAsync(text);
        return await WaitForMessageAfterAsync(before, nextQuestion);
    }

    /// <summary>Presses one of the bot's buttons and waits until the bot's next question is shown.</summary>
    public async Task<int> ChooseAsync(string button, string nextQuestion)
    {
        var before = await CountMessagesAsync();
        await Button(button).ClickAsync();
        return await WaitForMessageAfterAsync(before, nextQuestion);
    }

    /// <summary>Waits until a transcript bubble shows exactly this text (as text, not markup).</summary>
    public Task WaitForBubbleAsync(string text) =>
        Page.Locator(".webchat__bubble__content").GetByText(text, new() { Exact = true }).First
            .WaitForAsync(new() { Timeout = AnswerTimeout });

    public Task<int> CountBubblesAsync(string text) =>
        Page.Locator(".webchat__bubble__content").GetByText(text, new() { Exact = true }).CountAsync();

    /// <summary>How many messages (the family's and the bot's) the transcript shows.</summary>
    public Task<int> CountMessagesAsync() => Page.Locator(".webchat__bubble__content").CountAsync();

    /// <summary>
    /// Waits until a message with exactly this text (whitespace as the reader sees it) appears at or after position
    /// <paramref name="from"/>, so a question the bot asked before does not count; returns its position.
    /// </summary>
    public async Task<int> WaitForMessageAfterAsync(int from, string text)
    {
        try
        {
            var found = await Page.WaitForFunctionAsync(FindMessageAfterScript, new object[] { from, text },
                new() { Timeout = AnswerTimeout, PollingInterval = 100 });
            return await found.JsonValueAsync<int>() - 1;
        }
        catch (TimeoutException timeout)
        {
            var shown = await MessagesAfterAsync(Math.Max(0, from - 1));
            throw new TimeoutException(
                $"The message \"{text}\" did not appear after position {from}. The transcript from there:\n"
                + string.Join("\n", shown.Select(message => "  | " + message)), timeout);
        }
    }

    /// <summary>The texts of the messages from position <paramref name="from"/> on, whitespace normalised.</summary>
    public Task<string[]> MessagesAfterAsync(int from) => Page.EvaluateAsync<string[]>(MessagesAfterScript, from);

    /// <summary>Saves what the family sees once Web Chat is connected and has scrolled to the newest message.</summary>
    public async Task ScreenshotAsync(string name)
    {
        await Page.WaitForFunctionAsync(SettledScript, null, new() { Timeout = AnswerTimeout, PollingInterval = 100 });
        await SaveScreenshotAsync(name);
    }

    /// <summary>
    /// Saves what the family sees after scrolling back to the newest message with this text, as someone re-reading a
    /// long message (the review summary) does.
    /// </summary>
    public async Task ScreenshotAtMessageAsync(string text, string name)
    {
        await Page.WaitForFunctionAsync(ConnectedScript, null, new() { Timeout = AnswerTimeout, PollingInterval = 100 });
        await Page.WaitForFunctionAsync(ScrollToMessageScript, text, new() { Timeout = AnswerTimeout, PollingInterval = 100 });
        await SaveScreenshotAsync(name);
    }

    private async Task SaveScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new() { Path = Path.Combine(KitaBotBrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
