using KitaBot.Dialogs.Localization;
using Xunit;

namespace KitaBot.BrowserTests;

/// <summary>Keyboard and eyesight on the real page with the real bot's first question: focus order and contrast.</summary>
public sealed class PageAccessibilityBrowserTests(RealBotBrowserFixture fixture) : IClassFixture<RealBotBrowserFixture>
{
    // Names what has the keyboard focus in words a test can compare.
    private const string FocusedScript = """
        () => {
            const element = document.activeElement;
            if (element.id === 'language-picker') return 'language picker';
            if (element.matches('.webchat__basic-transcript')) return 'transcript';
            if (element.matches('.webchat__suggested-action')) return 'button: ' + element.innerText.trim();
            if (element.matches('[data-id="webchat-sendbox-input"]')) return 'send box';
            return element.tagName.toLowerCase() + '.' + String(element.className).split(' ')[0];
        }
        """;

    // The focused element's outline and the colour behind it (the first ancestor with a background).
    private const string FocusRingScript = """
        () => {
            const element = document.activeElement;
            const style = getComputedStyle(element);
            let behind = element.parentElement;
            while (behind && getComputedStyle(behind).backgroundColor.replace(/\s/g, '') === 'rgba(0,0,0,0)') {
                behind = behind.parentElement;
            }
            return [style.outlineStyle, style.outlineWidth, style.outlineColor, getComputedStyle(behind).backgroundColor];
        }
        """;

    // Text colour and the colour behind the text for the first element matching each selector.
    private const string TextColoursScript = """
        selectors => selectors.map(selector => {
            const element = document.querySelector(selector);
            if (!element) return [selector, '', ''];
            let behind = element;
            while (behind && getComputedStyle(behind).backgroundColor.replace(/\s/g, '') === 'rgba(0,0,0,0)') {
                behind = behind.parentElement;
            }
            return [selector, getComputedStyle(element).color, getComputedStyle(behind).backgroundColor];
        })
        """;

    [Fact]
    public async Task Keyboard_focus_follows_the_reading_order_and_every_stop_shows_a_strong_ring()
    {
        await using var chat = await fixture.OpenChatAsync("en-GB");
        var texts = fixture.Texts("en-GB");
        await chat.WaitForMessageAfterAsync(0, texts[TextId.MenuPrompt]);
        var firstButton = "button: " + texts[TextId.MenuRegister];
        await Microsoft.Playwright.Assertions.Expect(chat.Button(texts[TextId.MenuRegister])).ToBeVisibleAsync();

        var stops = new List<string>();
        while (!stops.Contains("send box") && stops.Count < 12)
        {
            await chat.Page.Keyboard.PressAsync("Tab");
            stops.Add(await chat.Page.EvaluateAsync<string>(FocusedScript));
            if (stops[^1] == "language picker")
            {
                var ring = await chat.Page.EvaluateAsync<string[]>(FocusRingScript);
                Assert.Equal("solid", ring[0]);
                Assert.True(double.Parse(ring[1].TrimEnd('p', 'x'), System.Globalization.CultureInfo.InvariantCulture) >= 2, ring[1]);
                Assert.True(CssColors.ContrastRatio(ring[2], ring[3]) >= 3, $"Focus ring {ring[2]} on {ring[3]}");
                await chat.ScreenshotAsync("real-en-focus-language-picker");
            }
        }

        Assert.Equal("language picker", stops[0]);
        var order = new[] { "language picker", "transcript", firstButton, "send box" }.Select(stop => stops.IndexOf(stop)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Empty(chat.ConsoleErrors);
    }

    [Fact]
    public async Task Texts_on_the_page_and_in_the_chat_have_at_least_the_contrast_WCAG_AA_asks_for()
    {
        await using var chat = await fixture.OpenChatAsync("en-GB");
        var texts = fixture.Texts("en-GB");
        await chat.WaitForMessageAfterAsync(0, texts[TextId.MenuPrompt]);
        await chat.ChooseAsync(texts[TextId.MenuRegister], texts[TextId.FamilyNamePrompt]);
        await chat.AnswerAsync("Amina Khan", texts[TextId.EmailPrompt]);

        string[] selectors =
        [
            ".banner h1", "#page-subtitle", "#language-label", "#language-picker",
            ".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content",
            ".webchat__bubble--from-user .webchat__bubble__content",
            ".webchat__activity-status", "[data-id=\"webchat-sendbox-input\"]",
        ];
        var colours = await chat.Page.EvaluateAsync<string[][]>(TextColoursScript, selectors);

        Assert.All(colours, colour =>
        {
            Assert.False(string.IsNullOrEmpty(colour[1]), "Nothing on the page matches " + colour[0]);
            var ratio = CssColors.ContrastRatio(colour[1], colour[2]);
            Assert.True(ratio >= 4.5, $"{colour[0]}: {colour[1]} on {colour[2]} is {ratio:0.0}:1");
        });
    }
}
