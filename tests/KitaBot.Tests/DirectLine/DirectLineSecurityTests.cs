using System.Net;
using System.Net.WebSockets;
using KitaBot.TestHost;
using Xunit;

namespace KitaBot.Tests.DirectLine;

/// <summary>Tokens, scoping and the error answers: every refusal is a 4xx with a JSON error body.</summary>
public sealed class DirectLineSecurityTests(DirectLineHostFixture fixture) : IClassFixture<DirectLineHostFixture>, IDisposable
{
    private readonly DirectLineTestClient _client = new(fixture.Host.BaseAddress);

    [Fact]
    public async Task A_token_for_conversation_A_is_refused_on_conversation_B_everywhere()
    {
        var (_, tokenA, _) = await _client.StartAsync();
        var (conversationB, tokenB, _) = await _client.StartAsync();
        var message = DirectLineTestClient.WebChatMessage("hi", "x");

        (HttpMethod Method, string Path, string? Body)[] requests =
        [
            (HttpMethod.Get, $"conversations/{conversationB}/activities?watermark=", null),
            (HttpMethod.Post, $"conversations/{conversationB}/activities", message),
            (HttpMethod.Get, $"conversations/{conversationB}?watermark=", null),
            (HttpMethod.Post, $"conversations/{conversationB}/upload?userId=dl_x", null),
        ];
        foreach (var (method, path, body) in requests)
        {
            using var response = await _client.SendAsync(method, path, tokenA, body);
            Assert.Equal("Forbidden", await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.Forbidden));
        }

        // Nothing reached B: its transcript still holds only the welcome.
        Assert.Single((await _client.GetActivitiesAsync(conversationB, tokenB))["activities"]!.AsArray());
    }

    [Fact]
    public async Task A_stream_url_of_conversation_A_cannot_open_the_stream_of_B()
    {
        var (conversationA, _, startedA) = await _client.StartAsync();
        var (conversationB, _, _) = await _client.StartAsync();
        var streamUrlA = startedA["streamUrl"]!.GetValue<string>();

        using var socket = new ClientWebSocket();
        var crossed = new Uri(streamUrlA.Replace(conversationA, conversationB, StringComparison.Ordinal));
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(crossed, CancellationToken.None));
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_token_gets_403_TokenExpired_everywhere_including_refresh()
    {
        var (conversationId, token, _) = await _client.StartAsync();
        var user = DirectLineTestClient.TokenPayload(token)["user"]!.GetValue<string>();
        var expired = TestTokens.Mint(conversationId, user, DateTime.UtcNow.AddSeconds(-5));

        (HttpMethod Method, string Path)[] requests =
        [
            (HttpMethod.Get, $"conversations/{conversationId}/activities?watermark="),
            (HttpMethod.Post, $"conversations/{conversationId}/activities"),
            (HttpMethod.Get, $"conversations/{conversationId}"),
            (HttpMethod.Post, "tokens/refresh"),
            (HttpMethod.Post, "conversations"),
        ];
        foreach (var (method, path) in requests)
        {
            using var response = await _client.SendAsync(method, path, expired, method == HttpMethod.Post ? "{}" : null);
            Assert.Equal("TokenExpired", await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.Forbidden));
        }
    }

    [Fact]
    public async Task Missing_garbage_wrongly_signed_or_stream_tokens_get_401()
    {
        var (conversationId, _, started) = await _client.StartAsync();
        var streamToken = Uri.UnescapeDataString(started["streamUrl"]!.GetValue<string>().Split("t=")[1].Split('&')[0]);
        var forged = TestTokens.Mint(conversationId, "dl_x", DateTime.UtcNow.AddMinutes(5))[..^4] + "AAAA";
        var path = $"conversations/{conversationId}/activities?watermark=";

        foreach (var authorization in new[] { null, "Bearer", "Bearer garbage", "Basic abc", "Bearer " + forged, "Bearer " + streamToken })
        {
            using var response = await _client.SendAsync(HttpMethod.Get, path, token: null, content: null, rawAuthorization: authorization);
            Assert.Equal("Unauthorized", await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.Unauthorized));
        }
    }

    [Fact]
    public async Task A_bearer_token_is_not_accepted_as_stream_credential()
    {
        var (conversationId, token, _) = await _client.StartAsync();

        using var socket = new ClientWebSocket();
        var url = new Uri($"ws://{fixture.Host.BaseAddress.Authority}/v3/directline/conversations/{conversationId}/stream?t={token}");
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(url, CancellationToken.None));
        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_conversation_gets_404_with_a_correctly_scoped_token()
    {
        var (conversationId, token) = await _client.GenerateAsync();

        using var activities = await _client.SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities?watermark=", token, null);
        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"conversations/{conversationId}", token, null);

        Assert.Equal("NotFound", await DirectLineTestClient.AssertErrorAsync(activities, HttpStatusCode.NotFound));
        Assert.Equal("NotFound", await DirectLineTestClient.AssertErrorAsync(reconnect, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Bad_input_gets_400_and_an_oversized_body_413()
    {
        var (conversationId, token, _) = await _client.StartAsync();
        var path = $"conversations/{conversationId}/activities";

        using var malformed = await _client.SendAsync(HttpMethod.Post, path, token, "{not json");
        using var untyped = await _client.SendAsync(HttpMethod.Post, path, token, """{"text":"no type"}""");
        using var watermark = await _client.SendAsync(HttpMethod.Get, path + "?watermark=abc", token, null);
        using var huge = await _client.SendAsync(HttpMethod.Post, path, token, DirectLineTestClient.WebChatMessage(new string('x', 40_000), "big"));
        using var badStart = await _client.SendAsync(HttpMethod.Post, "conversations", token, "[1,");

        Assert.Equal("BadArgument", await DirectLineTestClient.AssertErrorAsync(malformed, HttpStatusCode.BadRequest));
        Assert.Equal("BadArgument", await DirectLineTestClient.AssertErrorAsync(untyped, HttpStatusCode.BadRequest));
        Assert.Equal("BadArgument", await DirectLineTestClient.AssertErrorAsync(watermark, HttpStatusCode.BadRequest));
        Assert.Equal("MessageSizeTooBig", await DirectLineTestClient.AssertErrorAsync(huge, HttpStatusCode.RequestEntityTooLarge));
        Assert.Equal("BadArgument", await DirectLineTestClient.AssertErrorAsync(badStart, HttpStatusCode.BadRequest));
        Assert.Single((await _client.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray());
    }

    [Fact]
    public async Task Posting_faster_than_the_per_conversation_limit_gets_429_and_other_conversations_are_unaffected()
    {
        await using var host = await LoopbackKitaBot.StartAsync(new GreetingEchoBot(),
            new Dictionary<string, string?> { ["DirectLine:ActivitiesPerMinutePerConversation"] = "3" });
        using var client = new DirectLineTestClient(host.BaseAddress);
        var (conversationId, token, _) = await client.StartAsync();
        var (otherId, otherToken, _) = await client.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            await client.PostMessageAsync(conversationId, token, "m" + i, "c" + i);
        }

        using var refused = await client.SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token,
            DirectLineTestClient.WebChatMessage("one too many", "c4"));
        Assert.Equal("TooManyRequests", await DirectLineTestClient.AssertErrorAsync(refused, HttpStatusCode.TooManyRequests));
        await client.PostMessageAsync(otherId, otherToken, "fine", "o1");
        Assert.Equal(7, (await client.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray().Count);
    }

    [Fact]
    public async Task Token_generation_is_rate_limited_per_client_with_a_json_429()
    {
        await using var host = await LoopbackKitaBot.StartAsync(new GreetingEchoBot(),
            new Dictionary<string, string?> { ["DirectLine:TokensPerMinutePerClient"] = "2" });
        using var client = new DirectLineTestClient(host.BaseAddress);

        await client.GenerateAsync();
        await client.GenerateAsync();
        using var refused = await client.SendAsync(HttpMethod.Post, "tokens/generate", null, null);

        Assert.Equal("TooManyRequests", await DirectLineTestClient.AssertErrorAsync(refused, HttpStatusCode.TooManyRequests));
    }

    public void Dispose() => _client.Dispose();
}
