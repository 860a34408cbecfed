using System.Net;
using System.Security.Cryptography;
using KitaBot.Dialogs.Protocol;
using Xunit;

namespace KitaBot.Tests.BotService;

/// <summary>The inbound JWT matrix against the real host, with keys and metadata served on loopback.</summary>
public sealed class InboundAuthenticationTests : IAsyncLifetime
{
    private const string RefusalBody = """{"error":{"code":"Unauthorized","message":"Authentication failed."}}""";

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

    private Uri ServiceUrl => _connector.ServiceUrl;

    private string ValidToken() => TestTokens.Channel(_identity.ChannelKey, TestIdentityServer.ChannelKeyId, ServiceUrl);

    [Fact]
    public async Task Valid_channel_token_is_accepted_and_caller_id_is_set_after_authentication()
    {
        var activity = TeamsActivities.Message(ServiceUrl, "Hallo");
        activity.CallerId = "urn:botframework:aadappid:forged";

        using var response = await _host.PostAsync(activity, ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var seen = Assert.Single(_host.Processor.Seen);
        Assert.Equal("urn:botframework:azure", seen.CallerId);
        Assert.Equal("you said: Hallo", (await _connector.WaitForAsync(1))[0].Activity.Text);
    }

    [Fact]
    public async Task Expired_token_is_refused()
    {
        var now = DateTime.UtcNow;
        var token = TestTokens.Channel(_identity.ChannelKey, TestIdentityServer.ChannelKeyId, ServiceUrl,
            notBefore: now.AddHours(-2), expires: now.AddMinutes(-6));
        await AssertRefusedAsync(token, "InvalidToken");
    }

    [Fact]
    public async Task Token_within_the_five_minute_clock_skew_is_accepted()
    {
        var now = DateTime.UtcNow;
        var token = TestTokens.Channel(_identity.ChannelKey, TestIdentityServer.ChannelKeyId, ServiceUrl,
            notBefore: now.AddHours(-2), expires: now.AddMinutes(-3));
        using var response = await _host.PostAsync(TeamsActivities.Message(ServiceUrl, "Hallo"), token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_not_yet_valid_is_refused()
    {
        var now = DateTime.UtcNow;
        var token = TestTokens.Channel(_identity.ChannelKey, TestIdentityServer.ChannelKeyId, ServiceUrl,
            notBefore: now.AddMinutes(10), expires: now.AddHours(1));
        await AssertRefusedAsync(token, "InvalidToken");
    }

    [Fact]
    public async Task Wrong_audience_is_refused()
    {
        var token = TestTokens.Channel(_identity.ChannelKey, TestIdentityServer.ChannelKeyId, ServiceUrl, audience: "another-bot");
        await AssertRefusedAsync(token, "InvalidToken");
    }

    [Fact]
    public async Task Wrong_issuer_is_refused()
    {
        var token = TestTokens.Channel(_identity.ChannelKey, TestIdentityServer.ChannelKeyId, ServiceUrl, issuer: "https://evil.example");
        await AssertRefusedAsync(token, "UnknownIssuer");
    }

    [Fact]
    public async Task Bad_signature_is_refused()
    {
        using var forger = RSA.Create(2048);
        var token = TestTokens.Channel(forger, TestIdentityServer.ChannelKeyId, ServiceUrl);
        await AssertRefusedAsync(token, "InvalidToken");
    }

    [Fact]
    public async Task Unknown_key_is_refused_after_exactly_one_metadata_refresh()
    {
        using var unknown = RSA.Create(2048);
        var token = TestTokens.Channel(unknown, "never-published", ServiceUrl);

        await AssertRefusedAsync(token, "UnknownSigningKey");
        Assert.Equal(2, _identity.ChannelKeySetFetches);

        // A second unknown kid right away must not fetch again (no refetch storms).
        await AssertRefusedAsync(TestTokens.Channel(unknown, "also-unknown", ServiceUrl), "UnknownSigningKey");
        Assert.Equal(2, _identity.ChannelKeySetFetches);
    }

    [Fact]
    public async Task Rotated_key_is_found_by_the_refresh_on_unknown_kid()
    {
        using (var first = await _host.PostAsync(TeamsActivities.Message(ServiceUrl, "eins"), ValidToken()))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        Assert.Equal(1, _identity.ChannelKeySetFetches);
        using var rotated = RSA.Create(2048);
        _identity.PublishChannelKey("channel-key-2", rotated, "msteams");

        using var response = await _host.PostAsync(TeamsActivities.Message(ServiceUrl, "zwei"), TestTokens.Channel(rotated, "channel-key-2", ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _identity.ChannelKeySetFetches);
    }

    [Fact]
    public async Task Key_not_endorsed_for_the_channel_is_refused()
    {
        using var webChatOnly = RSA.Create(2048);
        _identity.PublishChannelKey("webchat-key", webChatOnly, "webchat");
        await AssertRefusedAsync(TestTokens.Channel(webChatOnly, "webchat-key", ServiceUrl), "KeyNotEndorsed");
    }

    [Fact]
    public async Task Key_without_endorsements_is_refused_for_channel_tokens()
    {
        using var bare = RSA.Create(2048);
        _identity.PublishChannelKey("bare-key", bare, null);
        await AssertRefusedAsync(TestTokens.Channel(bare, "bare-key", ServiceUrl), "KeyNotEndorsed");
    }

    [Fact]
    public async Task Service_url_claim_must_match_the_activity()
    {
        var token = TestTokens.Channel(_identity.ChannelKey, TestIdentityServer.ChannelKeyId, new Uri("https://attacker.example/"));
        await AssertRefusedAsync(token, "ServiceUrlMismatch");
    }

    [Fact]
    public async Task Service_url_comparison_ignores_case()
    {
        var activity = TeamsActivities.Message(ServiceUrl, "Hallo");
        activity.ServiceUrl = ServiceUrl.AbsoluteUri.ToUpperInvariant().Replace("HTTP://", "http://", StringComparison.Ordinal);
        using var response = await _host.PostAsync(activity, ValidToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unsigned_alg_none_token_is_refused_without_fetching_keys()
    {
        await AssertRefusedAsync(TestTokens.AlgNone(TestIdentityServer.ChannelKeyId, ServiceUrl), "DisallowedAlgorithm");
        Assert.Equal(0, _identity.ChannelKeySetFetches);
    }

    [Fact]
    public async Task Hs256_token_is_refused()
    {
        await AssertRefusedAsync(TestTokens.Hs256(TestIdentityServer.ChannelKeyId, ServiceUrl), "DisallowedAlgorithm");
    }

    [Fact]
    public async Task Skill_token_is_refused()
    {
        await AssertRefusedAsync(TestTokens.Skill(_identity.EmulatorKey), "SkillToken");
    }

    [Fact]
    public async Task Emulator_token_is_refused_outside_development()
    {
        await AssertRefusedAsync(TestTokens.Emulator(_identity.EmulatorKey), "EmulatorTokenOutsideDevelopment");
    }

    [Fact]
    public async Task Missing_header_is_refused()
    {
        using var response = await _host.PostAsync(TeamsActivities.Message(ServiceUrl, "Hallo"), bearerToken: null);
        await AssertRefusalAsync(response, "MissingHeader");
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNzd29yZA==", "MalformedHeader")]
    [InlineData("Bearer", "MalformedHeader")]
    [InlineData("Bearer ", "MalformedHeader")]
    [InlineData("Bearer two words", "MalformedHeader")]
    [InlineData("garbage", "MalformedHeader")]
    [InlineData("Bearer not-a-jwt", "UnreadableToken")]
    public async Task Malformed_header_is_refused(string header, string reason)
    {
        using var response = await _host.PostRawAsync(Serialize(TeamsActivities.Message(ServiceUrl, "Hallo")), header);
        await AssertRefusalAsync(response, reason);
    }

    [Fact]
    public async Task Refusal_log_names_the_reason_but_not_the_token_or_message_text()
    {
        var token = TestTokens.Channel(_identity.ChannelKey, TestIdentityServer.ChannelKeyId, new Uri("https://attacker.example/"));
        using var response = await _host.PostAsync(TeamsActivities.Message(ServiceUrl, "Mein Name ist Erika Mustermann"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(_host.Logs.Lines, line => line.Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(_host.Logs.Lines, line => line.Contains("Mustermann", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unreachable_metadata_is_401_not_500()
    {
        await using var host = await BotServiceTestHost.StartAsync(_identity, configure: settings =>
            settings["BotService:OpenIdMetadataUrl"] = new Uri(_identity.ChannelMetadataUrl, "/nothing-here").AbsoluteUri);

        using var response = await host.PostAsync(TeamsActivities.Message(ServiceUrl, "Hallo"), ValidToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(host.Logs.Lines, line => line.Contains("MetadataUnavailable", StringComparison.Ordinal));
        Assert.Empty(host.Processor.Seen);
    }

    private Task AssertRefusedAsync(string token, string reason) => AssertRefusedAsync(TeamsActivities.Message(ServiceUrl, "Hallo"), token, reason);

    private async Task AssertRefusedAsync(Activity activity, string token, string reason)
    {
        using var response = await _host.PostAsync(activity, token);
        await AssertRefusalAsync(response, reason);
    }

    private async Task AssertRefusalAsync(HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(RefusalBody, await response.Content.ReadAsStringAsync());
        Assert.Empty(_host.Processor.Seen);
        Assert.Contains(_host.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains(reason, StringComparison.Ordinal));
    }

    private static string Serialize(Activity activity) => System.Text.Json.JsonSerializer.Serialize(activity, ProtocolJson.Default.Activity);
}
