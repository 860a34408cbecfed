using KitaBot.TestHost;
using Microsoft.Playwright;
using Xunit;

namespace KitaBot.BrowserTests;

/// <summary>The families' page in real Chromium against the real server, with the test bot standing in for dialogs.</summary>
public sealed class WebChatPageBrowserTests(TestBotBrowserFixture fixture) : IClassFixture<TestBotBrowserFixture>
{
    [Fact]
    public async Task The_page_loads_Web_Chat_and_the_welcome_in_the_browser_language()
    {
        await using var chat = await fixture.OpenChatAsync("de-DE");

        await chat.WaitForBubbleAsync(GreetingEchoBot.Greeting("de-DE"));

        Assert.Equal("de", await chat.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal("ltr", await chat.Page.GetAttributeAsync("html", "dir"));
        Assert.Equal("de-DE", await chat.Page.Locator("#language-picker").InputValueAsync());
        Assert.Equal("Nachricht eingeben", await chat.SendBox.GetAttributeAsync("placeholder"));
        Assert.Equal("Sprache", await chat.Page.Locator("label[for=language-picker]").InnerTextAsync());
        Assert.Empty(chat.Problems);
        Assert.Empty(chat.ConsoleErrors);
        await chat.ScreenshotAsync("welcome-de");
    }

    [Fact]
    public async Task The_Arabic_page_is_right_to_left_including_Web_Chat()
    {
        await using var chat = await fixture.OpenChatAsync("ar-SA");

        await chat.WaitForBubbleAsync(GreetingEchoBot.Greeting("ar-SA"));

        Assert.Equal("rtl", await chat.Page.GetAttributeAsync("html", "dir"));
        Assert.Equal("rtl", await chat.Page.Locator("#chat [dir]").First.GetAttributeAsync("dir"));
        Assert.Equal("ar-SA", await chat.Page.Locator("#language-picker").InputValueAsync());
        Assert.Empty(chat.Problems);
        await chat.ScreenshotAsync("welcome-ar-rtl");
    }

    [Fact]
    public async Task Markup_in_a_name_is_shown_as_text_and_never_runs()
    {
        await using var chat = await fixture.OpenChatAsync("en-GB");
        await chat.WaitForBubbleAsync(GreetingEchoBot.Greeting("en-GB"));
        const string ScriptName = "<script>window.__kitabotPwned = 1</script>Anna";
        const string ImageName = "<img src=x onerror=\"window.__kitabotPwned = 2\">Ben";

        await chat.SendAsync(ScriptName);
        await chat.WaitForBubbleAsync(ScriptName);
        await chat.WaitForBubbleAsync(GreetingEchoBot.Echo(ScriptName));
        await chat.SendAsync(ImageName);
        await chat.WaitForBubbleAsync(ImageName);
        await chat.WaitForBubbleAsync(GreetingEchoBot.Echo(ImageName));

        Assert.Equal("undefined", await chat.Page.EvaluateAsync<string>("typeof window.__kitabotPwned"));
        Assert.Equal(0, await chat.Page.Locator("#chat img[onerror], #chat script").CountAsync());
        Assert.Empty(chat.Problems);
        await chat.ScreenshotAsync("markup-as-text");
    }

    [Fact]
    public async Task Reloading_the_page_resumes_the_conversation()
    {
        await using var chat = await fixture.OpenChatAsync("fr-FR");
        await chat.WaitForBubbleAsync(GreetingEchoBot.Greeting("fr-FR"));
        await chat.SendAsync("Je m'appelle Amina");
        await chat.WaitForBubbleAsync(GreetingEchoBot.Echo("Je m'appelle Amina"));

        await chat.Page.ReloadAsync();
        await chat.WaitForBubbleAsync(GreetingEchoBot.Echo("Je m'appelle Amina"));
        await chat.SendAsync("Encore là");
        await chat.WaitForBubbleAsync(GreetingEchoBot.Echo("Encore là"));

        Assert.Equal(1, await chat.CountBubblesAsync(GreetingEchoBot.Greeting("fr-FR")));
        Assert.Equal(1, await chat.CountBubblesAsync("Je m'appelle Amina"));
        Assert.Empty(chat.Problems);
        await chat.ScreenshotAsync("resumed-fr");
    }

    [Fact]
    public async Task The_e_mail_prompt_turns_the_send_box_into_an_e_mail_input()
    {
        await using var chat = await fixture.OpenChatAsync("en-GB");
        await chat.WaitForBubbleAsync(GreetingEchoBot.Greeting("en-GB"));
        Assert.Equal("text", await chat.SendBox.GetAttributeAsync("type"));

        await chat.SendAsync(GreetingEchoBot.AskEmail);
        await chat.WaitForBubbleAsync("What is your e-mail address?");
        await Assertions.Expect(chat.SendBox).ToHaveAttributeAsync("type", "email");

        Assert.Equal("email", await chat.SendBox.GetAttributeAsync("inputmode"));
        Assert.Equal("email", await chat.SendBox.GetAttributeAsync("autocomplete"));
        await chat.ScreenshotAsync("email-prompt");
        await chat.SendAsync("amina@example.org");
        await chat.WaitForBubbleAsync(GreetingEchoBot.Echo("amina@example.org"));
    }

    [Fact]
    public async Task A_language_chosen_in_the_chat_switches_the_page_to_Persian_right_to_left()
    {
        await using var chat = await fixture.OpenChatAsync("en-GB");
        await chat.WaitForBubbleAsync(GreetingEchoBot.Greeting("en-GB"));

        await chat.SendAsync(GreetingEchoBot.SwitchToPersian);
        await Assertions.Expect(chat.Page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");

        Assert.Equal("fa", await chat.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal("fa-IR", await chat.Page.Locator("#language-picker").InputValueAsync());
        Assert.Equal("پیام خود را بنویسید", await chat.SendBox.GetAttributeAsync("placeholder"));
        Assert.Empty(chat.Problems);
        await chat.ScreenshotAsync("switched-fa-rtl");
    }
}
