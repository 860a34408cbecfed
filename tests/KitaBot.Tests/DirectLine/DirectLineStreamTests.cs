using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using KitaBot.TestHost;
using Xunit;

namespace KitaBot.Tests.DirectLine;

/// <summary>WebSocket streaming through the streamUrl: replay, live frames, keep-alives, ephemeral typing.</summary>
public sealed class DirectLineStreamTests(DirectLineHostFixture fixture) : IClassFixture<DirectLineHostFixture>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly DirectLineTestClient _client = new(fixture.Host.BaseAddress);

    [Fact]
    public async Task The_stream_replays_the_welcome_then_pushes_echo_and_reply_and_ignores_empty_client_frames()
    {
        var (conversationId, token, started) = await _client.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(started["streamUrl"]!.GetValue<string>()), CancellationToken.None);

        var replay = await ReceiveActivitySetAsync(socket);
        await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, CancellationToken.None);
        var echoId = await _client.PostMessageAsync(conversationId, token, "over the socket", "ws1");
        var live = await ReceiveActivitiesAsync(socket, count: 2);

        Assert.Equal(GreetingEchoBot.Greeting("en-GB"), replay["activities"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("1", replay["watermark"]!.GetValue<string>());
        Assert.Equal(echoId, live[0]["id"]!.GetValue<string>());
        Assert.Equal("ws1", live[0]["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal(GreetingEchoBot.Echo("over the socket"), live[1]["text"]!.GetValue<string>());
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task A_reconnect_stream_replays_only_what_came_after_the_watermark()
    {
        var (conversationId, token, _) = await _client.StartAsync();
        await _client.PostMessageAsync(conversationId, token, "before", "b1");
        var reconnected = await _client.SendJsonAsync(HttpMethod.Get, $"conversations/{conversationId}?watermark=2", token, null, System.Net.HttpStatusCode.OK);

        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(reconnected["streamUrl"]!.GetValue<string>()), CancellationToken.None);
        var replay = await ReceiveActivitySetAsync(socket);

        var only = Assert.Single(replay["activities"]!.AsArray())!;
        Assert.Equal(GreetingEchoBot.Echo("before"), only["text"]!.GetValue<string>());
        Assert.Equal("3", replay["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bot_typing_is_pushed_without_text_or_watermark_and_never_stored()
    {
        var (conversationId, token, started) = await _client.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(started["streamUrl"]!.GetValue<string>()), CancellationToken.None);
        await ReceiveActivitySetAsync(socket);

        await _client.PostMessageAsync(conversationId, token, GreetingEchoBot.TypeThenAnswer, "t1");
        var frames = new List<JsonObject>();
        while (!frames.Any(frame => frame["activities"]!.AsArray().Any(a => a!["text"]?.GetValue<string>() == "Done typing.")))
        {
            frames.Add(await ReceiveActivitySetAsync(socket));
        }

        var typingFrame = Assert.Single(frames, frame => frame["activities"]![0]!["type"]!.GetValue<string>() == "typing");
        Assert.Null(typingFrame["watermark"]);
        Assert.Null(typingFrame["activities"]![0]!["text"]);
        var stored = (await _client.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray();
        Assert.DoesNotContain(stored, activity => activity!["type"]!.GetValue<string>() == "typing");
    }

    [Fact]
    public async Task An_idle_stream_gets_empty_keep_alive_frames()
    {
        await using var host = await LoopbackKitaBot.StartAsync(new GreetingEchoBot(),
            new Dictionary<string, string?> { ["DirectLine:KeepAliveInterval"] = "00:00:00.200" });
        using var client = new DirectLineTestClient(host.BaseAddress);
        var (_, _, started) = await client.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(started["streamUrl"]!.GetValue<string>()), CancellationToken.None);
        await ReceiveActivitySetAsync(socket);

        var frame = await ReceiveTextAsync(socket);

        Assert.Equal("", frame);
    }

    private static async Task<List<JsonObject>> ReceiveActivitiesAsync(WebSocket socket, int count)
    {
        var activities = new List<JsonObject>();
        while (activities.Count < count)
        {
            var set = await ReceiveActivitySetAsync(socket);
            activities.AddRange(set["activities"]!.AsArray().Select(activity => activity!.AsObject()));
        }

        return activities;
    }

    /// <summary>The next non-empty frame, which must be an ActivitySet.</summary>
    internal static async Task<JsonObject> ReceiveActivitySetAsync(WebSocket socket)
    {
        while (true)
        {
            var text = await ReceiveTextAsync(socket);
            if (text.Length > 0)
            {
                var set = JsonNode.Parse(text)!.AsObject();
                Assert.NotNull(set["activities"]!.AsArray());
                return set;
            }
        }
    }

    private static async Task<string> ReceiveTextAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var message = new MemoryStream();
        var buffer = new byte[8192];
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            Assert.Equal(WebSocketMessageType.Text, result.MessageType);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return Encoding.UTF8.GetString(message.ToArray());
    }

    public void Dispose() => _client.Dispose();
}
