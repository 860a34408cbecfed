using System.Text.Json;
using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Protocol;
using KitaBot.Dialogs.Tests.Testing;
using Xunit;

namespace KitaBot.Dialogs.Tests.Presentation;

/// <summary>
/// Teams Universal Actions: an <c>adaptiveCard/action</c> invoke with <c>Action.Execute</c> answers the waiting prompt
/// and gets a 200 invoke response; other invokes get none, which the endpoint answers with 501.
/// </summary>
public sealed class AdaptiveCardInvokeTests
{
    [Fact]
    public async Task An_Action_Execute_answers_the_waiting_prompt_and_gets_a_message_response()
    {
        var (bot, session) = await StartAsync();
        await using var _ = bot;

        var outcome = await session.TurnAsync(Invoke(session, AdaptiveCardInvoke.Name, """{"action":{"type":"Action.Execute","verb":"answer","data":{"answer":"register"}}}"""));

        BotSession.Asks(outcome.Replies, "family.name");
        Assert.NotNull(outcome.InvokeResponse);
        Assert.Equal(200, outcome.InvokeResponse.Status);
        var body = outcome.InvokeResponse.Body!.Value;
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Equal(outcome.Replies[0].Text, body.GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("composeExtension/query", """{"commandId":"search","parameters":[]}""")]
    [InlineData("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"refresh","data":{}}}""")]
    [InlineData("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"answer","data":{"answer":7}}}""")]
    public async Task Other_invokes_get_no_invoke_response_and_change_nothing(string name, string value)
    {
        var (bot, session) = await StartAsync();
        await using var _ = bot;

        var outcome = await session.TurnAsync(Invoke(session, name, value));

        Assert.Null(outcome.InvokeResponse);
        Assert.Empty(outcome.Replies);
        BotSession.Asks(await session.SubmitAsync("register"), "family.name");
    }

    private static async Task<(RealBot Bot, BotSession Session)> StartAsync()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var bot = new RealBot(time);
        var session = new BotSession(bot, new TestConversation(time, ChannelIds.Teams), TeamsShape.For("groupChat"));
        BotSession.Asks(await session.StartAsync(), "menu");
        return (bot, session);
    }

    private static Activity Invoke(BotSession session, string name, string value)
    {
        var invoke = session.User.OfType(ActivityTypes.Invoke);
        invoke.Name = name;
        using var document = JsonDocument.Parse(value);
        invoke.Value = document.RootElement.Clone();
        return invoke;
    }
}
