using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KitaBot.Dialogs.Protocol;
using Xunit;

namespace KitaBot.Tests.BotService;

/// <summary>The status codes and bodies of <c>/api/messages</c> (botframework.md §1.3), with authentication on.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
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

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("""{"type":""}""")]
    [InlineData("""{"text":"no type"}""")]
    [InlineData("")]
    public async Task Unparseable_body_or_missing_type_is_400_with_a_json_error(string body)
    {
        using var response = await _host.PostRawAsync(body, $"Bearer {Token}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await ReadErrorAsync(response);
        Assert.Equal("BadRequest", error.GetProperty("code").GetString());
        Assert.Empty(_host.Processor.Seen);
    }

    [Fact]
    public async Task Relative_service_url_is_400()
    {
        var activity = TeamsActivities.Message(_connector.ServiceUrl, "Hallo");
        activity.ServiceUrl = "/not/absolute";
        using var response = await _host.PostAsync(activity, Token);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_is_405_and_names_post_as_allowed()
    {
        using var response = await _host.Client.GetAsync("api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Equal("MethodNotAllowed", (await ReadErrorAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Websocket_upgrade_for_streaming_is_405_for_now()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/messages");
        request.Headers.TryAddWithoutValidation("Upgrade", "websocket");
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Version", "13");
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Key", Convert.ToBase64String(new byte[16]));

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains(_host.Logs.Lines, line => line.Contains("streaming", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Body_over_the_limit_is_413_with_a_json_error()
    {
        var activity = TeamsActivities.Message(_connector.ServiceUrl, new string('x', 300 * 1024));
        using var response = await _host.PostAsync(activity, Token);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PayloadTooLarge", (await ReadErrorAsync(response)).GetProperty("code").GetString());
        Assert.Empty(_host.Processor.Seen);
    }

    [Fact]
    public async Task Chunked_body_over_the_limit_is_413()
    {
        var activity = JsonSerializer.Serialize(TeamsActivities.Message(_connector.ServiceUrl, new string('x', 300 * 1024)), ProtocolJson.Default.Activity);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(activity))),
        };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {Token}");

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Expect_replies_returns_the_replies_in_the_body_and_does_not_call_the_channel()
    {
        var expecting = TeamsActivities.Message(_connector.ServiceUrl, "synchron");
        expecting.DeliveryMode = DeliveryModes.ExpectReplies;

        using var response = await _host.PostAsync(expecting, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync(ProtocolJson.Default.ExpectedReplies);
        Assert.Equal("you said: synchron", Assert.Single(body!.Activities).Text);

        // A normal turn afterwards is the only thing the connector ever receives.
        using (var normal = await _host.PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "normal"), Token))
        {
            Assert.Equal(HttpStatusCode.OK, normal.StatusCode);
        }

        var received = await _connector.WaitForAsync(1);
        Assert.Equal("you said: normal", Assert.Single(received).Activity.Text);
        Assert.Equal(1, _connector.Attempts);
    }

    [Fact]
    public async Task Normal_turn_answers_200_with_an_empty_body()
    {
        using var response = await _host.PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "Hallo"), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Unknown_invoke_is_501_when_the_bot_gives_no_invoke_response()
    {
        using var response = await _host.PostAsync(TeamsActivities.Invoke(_connector.ServiceUrl, "composeExtension/query", """{"commandId":"x"}"""), Token);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal("NotImplemented", (await ReadErrorAsync(response)).GetProperty("code").GetString());
        Assert.Single(_host.Processor.Seen);
    }

    [Fact]
    public async Task Invoke_answers_with_the_bots_invoke_response()
    {
        using var response = await _host.PostAsync(TeamsActivities.Invoke(_connector.ServiceUrl, "test/known", null), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"ok":true}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Adaptive_card_execute_action_reaches_the_bot_and_its_answer_is_returned()
    {
        var value = """{"action":{"type":"Action.Execute","verb":"confirm","data":{"choice":"ja"}},"trigger":"manual"}""";
        using var response = await _host.PostAsync(TeamsActivities.Invoke(_connector.ServiceUrl, "adaptiveCard/action", value), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.microsoft.activity.message", body.RootElement.GetProperty("type").GetString());
        var seen = Assert.Single(_host.Processor.Seen);
        Assert.Equal("confirm", seen.Value!.Value.GetProperty("action").GetProperty("verb").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("\"just a string\"")]
    [InlineData("""{"trigger":"manual"}""")]
    [InlineData("""{"action":{"type":"Action.Submit","data":{}}}""")]
    public async Task Malformed_adaptive_card_action_is_400_with_an_adaptive_card_error(string? value)
    {
        using var response = await _host.PostAsync(TeamsActivities.Invoke(_connector.ServiceUrl, "adaptiveCard/action", value), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("BadRequest", body.RootElement.GetProperty("value").GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("value").GetProperty("message").GetString()));
        Assert.Empty(_host.Processor.Seen);
    }

    [Fact]
    public async Task Card_submit_with_value_and_null_text_reaches_the_bot()
    {
        var submit = TeamsActivities.Message(_connector.ServiceUrl, text: null);
        submit.Value = TeamsActivities.Json("""{"childFirstName":"Mia","action":"next"}""");

        using var response = await _host.PostAsync(submit, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var seen = Assert.Single(_host.Processor.Seen);
        Assert.Null(seen.Text);
        Assert.Equal("next", seen.Value!.Value.GetProperty("action").GetString());
        Assert.Equal("got a card submit", (await _connector.WaitForAsync(1))[0].Activity.Text);
    }

    [Fact]
    public async Task Bot_failure_is_500_with_a_json_error_and_no_stack_trace()
    {
        using var response = await _host.PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "throw"), Token);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("TurnFailed", (await ReadErrorAsync(response)).GetProperty("code").GetString());
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ReadErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("error").Clone();
    }
}
