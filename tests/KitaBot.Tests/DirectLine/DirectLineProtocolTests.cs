using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using KitaBot.TestHost;
using Xunit;

namespace KitaBot.Tests.DirectLine;

/// <summary>The Direct Line 3.0 behaviour Web Chat depends on, over real HTTP (directline.md §6).</summary>
public sealed class DirectLineProtocolTests(DirectLineHostFixture fixture) : IClassFixture<DirectLineHostFixture>, IDisposable
{
    private readonly DirectLineTestClient _client = new(fixture.Host.BaseAddress);

    [Fact]
    public async Task Generated_token_is_scoped_to_one_conversation_and_a_dl_user_for_1800_seconds()
    {
        var body = await _client.SendJsonAsync(HttpMethod.Post, "tokens/generate", null, null, HttpStatusCode.OK);

        var payload = DirectLineTestClient.TokenPayload(body["token"]!.GetValue<string>());
        Assert.Equal(body["conversationId"]!.GetValue<string>(), payload["conv"]!.GetValue<string>());
        Assert.StartsWith("dl_", payload["user"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1800, body["expires_in"]!.GetValue<int>());
        Assert.Equal(1800, payload["exp"]!.GetValue<long>() - payload["iat"]!.GetValue<long>());
        Assert.Null(body["streamUrl"]);
    }

    [Fact]
    public async Task Start_returns_201_once_and_200_after_and_the_bot_greets_once_in_the_page_locale()
    {
        var before = fixture.Bot.ConversationUpdates;
        var (conversationId, token) = await _client.GenerateAsync();

        var first = await _client.SendJsonAsync(HttpMethod.Post, "conversations", token, """{"user":{},"locale":"fr-FR","unknown":1}""", HttpStatusCode.Created);
        var second = await _client.SendJsonAsync(HttpMethod.Post, "conversations", token, null, HttpStatusCode.OK);

        Assert.Equal(conversationId, first["conversationId"]!.GetValue<string>());
        Assert.Equal(conversationId, second["conversationId"]!.GetValue<string>());
        Assert.StartsWith("ws://", first["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1800, first["expires_in"]!.GetValue<int>());
        var activities = (await _client.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray();
        var welcome = Assert.Single(activities)!;
        Assert.Equal(GreetingEchoBot.Greeting("fr-FR"), welcome["text"]!.GetValue<string>());
        Assert.Equal("bot", welcome["from"]!["role"]!.GetValue<string>());
        Assert.Null(welcome["replyToId"]);
        Assert.True(fixture.Bot.ConversationUpdates >= before + 1);
        Assert.Contains("fr-FR", fixture.Bot.StartLocales);
    }

    [Fact]
    public async Task Get_activities_always_answers_an_activity_set_with_a_string_watermark()
    {
        var (conversationId, token, _) = await _client.StartAsync();

        var all = await _client.GetActivitiesAsync(conversationId, token);
        var watermark = all["watermark"]!.GetValue<string>();
        var none = await _client.GetActivitiesAsync(conversationId, token, watermark);
        var beyond = await _client.GetActivitiesAsync(conversationId, token, "999");

        Assert.Equal("1", watermark);
        Assert.Empty(none["activities"]!.AsArray());
        Assert.Equal(watermark, none["watermark"]!.GetValue<string>());
        Assert.Empty(beyond["activities"]!.AsArray());
        Assert.Equal("999", beyond["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task Posted_message_is_echoed_unchanged_with_id_timestamp_and_the_token_user_then_answered()
    {
        var (conversationId, token, _) = await _client.StartAsync();
        var user = DirectLineTestClient.TokenPayload(token)["user"]!.GetValue<string>();

        using var response = await _client.SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token,
            DirectLineTestClient.WebChatMessage("Hallo <b>Welt</b>", "client-42", fromId: "someone-else", role: "bot"));
        var id = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();

        var set = await _client.GetActivitiesAsync(conversationId, token, "1");
        var activities = set["activities"]!.AsArray();
        Assert.Equal(2, activities.Count);
        var echo = activities[0]!;
        var reply = activities[1]!;
        Assert.Equal($"{conversationId}|0000001", id);
        Assert.Equal(id, echo["id"]!.GetValue<string>());
        Assert.Equal("Hallo <b>Welt</b>", echo["text"]!.GetValue<string>());
        Assert.Equal("client-42", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Empty(echo["channelData"]!["attachmentSizes"]!.AsArray());
        Assert.Equal(user, echo["from"]!["id"]!.GetValue<string>());
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
        Assert.Equal("en-GB", echo["locale"]!.GetValue<string>());
        Assert.Equal("Europe/Berlin", echo["localTimezone"]!.GetValue<string>());
        Assert.Equal(conversationId, echo["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal(GreetingEchoBot.Echo("Hallo <b>Welt</b>"), reply["text"]!.GetValue<string>());
        Assert.Equal(id, reply["replyToId"]!.GetValue<string>());
        Assert.Equal("bot", reply["from"]!["role"]!.GetValue<string>());
        var echoTime = DateTimeOffset.Parse(echo["timestamp"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var replyTime = DateTimeOffset.Parse(reply["timestamp"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        Assert.True(echoTime <= replyTime);
        Assert.Equal("3", set["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task Event_activities_are_echoed_and_typing_is_accepted_without_being_stored()
    {
        var (conversationId, token, _) = await _client.StartAsync();

        var joined = await _client.SendJsonAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token,
            """{"type":"event","name":"webchat/join","channelData":{"clientActivityID":"j1"}}""", HttpStatusCode.OK);
        await _client.SendJsonAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token,
            """{"type":"typing","channelData":{"clientActivityID":"t1"}}""", HttpStatusCode.OK);

        var activities = (await _client.GetActivitiesAsync(conversationId, token, "1"))["activities"]!.AsArray();
        var echo = Assert.Single(activities)!;
        Assert.Equal(joined["id"]!.GetValue<string>(), echo["id"]!.GetValue<string>());
        Assert.Equal("webchat/join", echo["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Refresh_gives_a_new_token_for_the_same_conversation_and_user()
    {
        var (conversationId, token, _) = await _client.StartAsync();

        var refreshed = await _client.SendJsonAsync(HttpMethod.Post, "tokens/refresh", token, null, HttpStatusCode.OK);

        var newToken = refreshed["token"]!.GetValue<string>();
        Assert.Equal(conversationId, refreshed["conversationId"]!.GetValue<string>());
        Assert.Equal(DirectLineTestClient.TokenPayload(token)["user"]!.GetValue<string>(),
            DirectLineTestClient.TokenPayload(newToken)["user"]!.GetValue<string>());
        Assert.Single((await _client.GetActivitiesAsync(conversationId, newToken))["activities"]!.AsArray());
        Assert.Single((await _client.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray());
    }

    [Fact]
    public async Task Reconnect_gives_a_token_and_a_stream_url_that_carries_the_watermark()
    {
        var (conversationId, token, _) = await _client.StartAsync();

        var reconnected = await _client.SendJsonAsync(HttpMethod.Get, $"conversations/{conversationId}?watermark=1", token, null, HttpStatusCode.OK);

        Assert.Equal(conversationId, reconnected["conversationId"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(reconnected["token"]!.GetValue<string>()));
        var streamUrl = reconnected["streamUrl"]!.GetValue<string>();
        Assert.StartsWith($"ws://{fixture.Host.BaseAddress.Authority}/v3/directline/conversations/{conversationId}/stream?t=", streamUrl, StringComparison.Ordinal);
        Assert.EndsWith("&watermark=1", streamUrl, StringComparison.Ordinal);
    }

    public void Dispose() => _client.Dispose();
}
