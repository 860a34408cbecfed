using KitaBot.Dialogs.Protocol;
using KitaBot.Dialogs.Tests.Presentation;
using KitaBot.Dialogs.Tests.Testing;
using Xunit;

namespace KitaBot.Dialogs.Tests.Voice;

/// <summary>Read-back and option numbers in the prompt layer on Direct Line Speech, with the real bot.</summary>
public sealed class VoicePromptTests
{
    [Fact]
    public async Task A_read_back_survives_help_and_unclear_answers_and_ends_only_with_yes()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var bot = new RealBot(time);
        var call = new BotSession(bot, new TestConversation(time, ChannelIds.DirectLineSpeech), activity => activity);
        BotSession.Asks(await call.StartAsync(), "menu");
        BotSession.Asks(await call.SayAsync("one"), "family.name");
        BotSession.Asks(await call.SayAsync("Anna Schmidt"), "family.name");

        var help = await call.SayAsync("help");
        Assert.StartsWith("I understood: Anna Schmidt. Is that right?", BotSession.Asks(help, "family.name").Text, StringComparison.Ordinal);
        Assert.Equal(2, help.Count);

        var unclear = BotSession.Asks(await call.SayAsync("maybe tomorrow"), "family.name");
        Assert.StartsWith("Please answer yes or no.\n\nI understood: Anna Schmidt.", unclear.Text, StringComparison.Ordinal);

        BotSession.Asks(await call.SayAsync("yes"), "family.email");
        Assert.All(call.Transcript, reply => Assert.NotNull(reply.InputHint));
    }

    [Fact]
    public async Task A_number_that_names_no_option_on_the_page_is_not_understood()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var bot = new RealBot(time);
        var call = new BotSession(bot, new TestConversation(time, ChannelIds.Telephony), activity => activity);
        BotSession.Asks(await call.StartAsync(), "menu");

        // The menu has five options; 5 is on page two, so on page one it means nothing.
        var again = BotSession.Asks(await call.PressAsync("5"), "menu");
        Assert.StartsWith("Please choose one of the 5 options", again.Text, StringComparison.Ordinal);
        Assert.Contains("Say or press 1 for Register a child.", again.Text, StringComparison.Ordinal);

        var secondPage = BotSession.Asks(await call.SayAsync("four"), "menu");
        Assert.Contains("Say or press 2 for Help.", secondPage.Text, StringComparison.Ordinal);
        Assert.StartsWith("I guide you", (await call.SayAsync("2"))[0].Text, StringComparison.Ordinal);
    }
}
