using System.Net;
using KitaBot.Channels.BotService.Outbound;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace KitaBot.Tests.BotService;

/// <summary>Outbound: replies and proactive messages through the loopback connector, tokens, retries, trust.</summary>
public sealed class ConnectorDeliveryTests : IAsyncLifetime
{
    private TestIdentityServer _identity = null!;
    private RecordingConnector _connector = null!;
    private BotServiceTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _identity = await TestIdentityServer.StartAsync();
        _connector = await RecordingConnector.StartAsync();
        _host = await BotServiceTestHost.StartAsync(_identity);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _identity.DisposeAsync();
    }

    private string Token => TestTokens.Channel(_identity.ChannelKey, TestIdentityServer.ChannelKeyId, _connector.ServiceUrl);

    private ConnectorChannelDelivery Delivery => _host.App.Services.GetRequiredService<ConnectorChannelDelivery>();

    [Fact]
    public async Task Replies_arrive_at_the_connector_with_escaped_ids_and_a_bearer_token()
    {
        await PostOkAsync(TeamsActivities.Message(_connector.ServiceUrl, "Hallo"));

        var received = Assert.Single(await _connector.WaitForAsync(1));
        Assert.Equal("POST", received.Method);
        Assert.Equal(
            "/v3/conversations/19%3Ameeting_abc%40thread.v2%3Bmessageid%3D1712345678901/activities/1712345678901",
            received.RawTarget);
        Assert.Equal("Bearer connector-token-1", received.Authorization);
        Assert.Equal("you said: Hallo", received.Activity.Text);
        Assert.Equal(TeamsActivities.UserId, received.Activity.Recipient?.Id);
        Assert.Equal(TeamsActivities.ActivityId, received.Activity.ReplyToId);
    }

    [Fact]
    public async Task A_slow_turn_shows_the_typing_indicator_before_its_reply()
    {
        await using var host = await BotServiceTestHost.StartAsync(_identity, "Production", settings => settings["BotService:TypingAfter"] = "00:00:00.010");
        host.Processor.HoldMessageTurnsUntil = () => _connector.WaitForAsync(1);

        using var response = await host.PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "langsam"), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = await _connector.WaitForAsync(2);
        Assert.Equal(ActivityTypes.Typing, received[0].Activity.Type);
        Assert.Equal("you said: langsam", received[1].Activity.Text);
    }

    [Fact]
    public async Task Token_is_obtained_with_client_credentials_once_for_several_replies()
    {
        for (var turn = 1; turn <= 3; turn++)
        {
            await PostOkAsync(TeamsActivities.Message(_connector.ServiceUrl, $"Nachricht {turn}"));
        }

        var received = await _connector.WaitForAsync(3);
        Assert.All(received, activity => Assert.Equal("Bearer connector-token-1", activity.Authorization));
        var tokenRequest = Assert.Single(_identity.TokenRequests);
        Assert.Equal("client_credentials", tokenRequest["grant_type"]);
        Assert.Equal(TestTokens.AppId, tokenRequest["client_id"]);
        Assert.Equal("test-secret", tokenRequest["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest["scope"]);
    }

    [Fact]
    public async Task Reply_without_reply_to_id_is_posted_to_the_conversation()
    {
        var activity = TeamsActivities.Message(_connector.ServiceUrl, "ohne id");
        activity.Id = null;
        await PostOkAsync(activity);

        var received = Assert.Single(await _connector.WaitForAsync(1));
        Assert.Equal("/v3/conversations/19%3Ameeting_abc%40thread.v2%3Bmessageid%3D1712345678901/activities", received.RawTarget);
    }

    [Fact]
    public async Task Too_many_requests_with_retry_after_is_retried_and_then_delivered()
    {
        _connector.AnswerNextWith(HttpStatusCode.TooManyRequests, retryAfter: "1");
        await PostOkAsync(TeamsActivities.Message(_connector.ServiceUrl, "bitte nochmal"));

        var received = Assert.Single(await _connector.WaitForAsync(1));
        Assert.Equal("you said: bitte nochmal", received.Activity.Text);
        Assert.Equal(2, _connector.Attempts);
    }

    [Fact]
    public async Task Server_errors_are_retried()
    {
        _connector.AnswerNextWith(HttpStatusCode.ServiceUnavailable);
        _connector.AnswerNextWith(HttpStatusCode.BadGateway);
        await PostOkAsync(TeamsActivities.Message(_connector.ServiceUrl, "Hallo"));

        Assert.Single(await _connector.WaitForAsync(1));
        Assert.Equal(3, _connector.Attempts);
    }

    [Fact]
    public async Task Client_errors_are_not_retried_and_are_logged()
    {
        _connector.AnswerNextWith(HttpStatusCode.Forbidden);
        await PostOkAsync(TeamsActivities.Message(_connector.ServiceUrl, "blockiert"));
        await _host.Logs.WaitForAsync(line => line.StartsWith("Error", StringComparison.Ordinal) && line.Contains("403", StringComparison.Ordinal));

        await PostOkAsync(TeamsActivities.Message(_connector.ServiceUrl, "danach"));
        var received = Assert.Single(await _connector.WaitForAsync(1));
        Assert.Equal("you said: danach", received.Activity.Text);
        Assert.Equal(2, _connector.Attempts);
        Assert.DoesNotContain(_host.Logs.Lines, line => line.Contains("blockiert", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Trace_replies_are_sent_only_to_the_emulator()
    {
        _host.Processor.LeadingReplyTypes = [ActivityTypes.Trace];

        await PostOkAsync(TeamsActivities.Message(_connector.ServiceUrl, "teams"));
        var teams = Assert.Single(await _connector.WaitForAsync(1));
        Assert.Equal(ActivityTypes.Message, teams.Activity.Type);

        await PostOkAsync(TeamsActivities.Message(_connector.ServiceUrl, "emulator", channelId: ChannelIds.Emulator));
        var all = await _connector.WaitForAsync(3);
        Assert.Equal([ActivityTypes.Message, ActivityTypes.Trace, ActivityTypes.Message], all.Select(item => item.Activity.Type));
    }

    [Fact]
    public async Task Proactive_messages_and_typing_reach_a_service_url_seen_on_an_authenticated_request()
    {
        await PostOkAsync(TeamsActivities.Message(_connector.ServiceUrl, "Hallo"));
        await _connector.WaitForAsync(1);
        var reference = new ConversationReference
        {
            ChannelId = ChannelIds.Teams,
            ServiceUrl = _connector.ServiceUrl.AbsoluteUri,
            Conversation = new ConversationAccount { Id = TeamsActivities.ConversationId },
            Bot = new ChannelAccount { Id = $"28:{TestTokens.AppId}" },
            User = new ChannelAccount { Id = TeamsActivities.UserId },
        };

        var served = _host.App.Services.GetServices<IChannelDelivery>().Single(delivery => delivery.Serves(reference));
        await Delivery.SendTypingAsync(reference, CancellationToken.None);
        await served.DeliverAsync(reference, [new Activity { Type = ActivityTypes.Message, Text = "Ihr Platz ist bestätigt." }], CancellationToken.None);

        var received = await _connector.WaitForAsync(3);
        Assert.Equal(ActivityTypes.Typing, received[1].Activity.Type);
        Assert.Equal("Ihr Platz ist bestätigt.", received[2].Activity.Text);
        Assert.Equal(TeamsActivities.UserId, received[2].Activity.Recipient?.Id);
        Assert.All(received.Skip(1), item =>
        {
            Assert.Equal("/v3/conversations/19%3Ameeting_abc%40thread.v2%3Bmessageid%3D1712345678901/activities", item.RawTarget);
            Assert.Equal("Bearer connector-token-1", item.Authorization);
        });
    }

    [Fact]
    public async Task Unknown_service_url_is_neither_served_nor_sent_a_token()
    {
        await using var stranger = await RecordingConnector.StartAsync();
        var reference = new ConversationReference
        {
            ChannelId = ChannelIds.Teams,
            ServiceUrl = stranger.ServiceUrl.AbsoluteUri,
            Conversation = new ConversationAccount { Id = TeamsActivities.ConversationId },
        };

        Assert.False(Delivery.Serves(reference));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Delivery.DeliverAsync(reference, [new Activity { Type = ActivityTypes.Message, Text = "x" }], CancellationToken.None));
        Assert.Equal(0, stranger.Attempts);
        Assert.Empty(_identity.TokenRequests);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://webchat.botframework.com/", true)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/", false)]
    public void Allow_listed_hosts_are_served_over_https_only(string serviceUrl, bool served)
    {
        Assert.Equal(served, Delivery.Serves(new ConversationReference { ServiceUrl = serviceUrl }));
    }

    private async Task PostOkAsync(Activity activity)
    {
        using var response = await _host.PostAsync(activity, Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
