using KitaBot.TestHost;

namespace KitaBot.BrowserTests;

/// <summary>The browser fixture with the test bot standing in for the dialogs.</summary>
public sealed class TestBotBrowserFixture() : KitaBotBrowserFixture(new GreetingEchoBot());
