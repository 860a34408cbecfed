using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KitaBot.Dialogs.Protocol;
using Xunit;

namespace KitaBot.Tests.BotService;

/// <summary>Teams specifics at the endpoint: the tenant allow-list and stripping the bot's @mention.</summary>
public sealed class TeamsTests : IAsyncLifetime
{
    private const string OtherTenant = "0badc0de-0000-4000-8000-000000000000";
    private const string RefusalText = "Sorry, KitaBot is not available for your organisation. Please contact your administrator.";

    private TestIdentityServer _identity = null!;
    private RecordingConnector _connector = null!;
    private BotServiceTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _identity = await TestIdentityServer.StartAsync();
        _connector = await RecordingConnector.StartAsync();
        _host = await BotServiceTestHost.StartAsync(_identity, configure: settings =>
            settings["BotService:AllowedTenantIds:0"] = TestTokens.TenantId);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _identity.DisposeAsync();
    }

    private string Token => TestTokens.Channel(_identity.ChannelKey, TestIdentityServer.ChannelKeyId, _connector.ServiceUrl);

    [Fact]
    public async Task Other_tenant_gets_a_polite_refusal_and_the_bot_is_not_called()
    {
        using var response = await _host.PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "Hallo", tenantId: OtherTenant), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refusal = Assert.Single(await _connector.WaitForAsync(1));
        Assert.Equal(RefusalText, refusal.Activity.Text);
        Assert.Equal(TeamsActivities.UserId, refusal.Activity.Recipient?.Id);
        Assert.Empty(_host.Processor.Seen);
    }

    [Fact]
    public async Task Other_tenant_with_expect_replies_gets_the_refusal_in_the_body()
    {
        var activity = TeamsActivities.Message(_connector.ServiceUrl, "Hallo", tenantId: OtherTenant);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        using var response = await _host.PostAsync(activity, Token);

        var body = await response.Content.ReadFromJsonAsync(ProtocolJson.Default.ExpectedReplies);
        Assert.Equal(RefusalText, Assert.Single(body!.Activities).Text);
        Assert.Empty(_host.Processor.Seen);
    }

    [Fact]
    public async Task Other_tenant_invoke_is_403()
    {
        var invoke = TeamsActivities.Invoke(_connector.ServiceUrl, "test/known", null);
        invoke.ChannelData = TeamsActivities.Json($$$"""{"tenant":{"id":"{{{OtherTenant}}}"}}""");
        invoke.Conversation!.TenantId = OtherTenant;

        using var response = await _host.PostAsync(invoke, Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_host.Processor.Seen);
    }

    [Fact]
    public async Task Allowed_tenant_reaches_the_bot()
    {
        using var response = await _host.PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "Hallo"), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_host.Processor.Seen);
    }

    [Fact]
    public async Task Bot_mention_is_stripped_and_other_mentions_keep_their_name()
    {
        var activity = TeamsActivities.Message(_connector.ServiceUrl, "<at>KitaBot</at> bitte an<at>Anna Schmidt</at>weiterleiten");
        activity.Entities =
        [
            Mention($"28:{TestTokens.AppId}", "KitaBot", "<at>KitaBot</at>"),
            Mention("29:anna", "Anna Schmidt", "<at>Anna Schmidt</at>"),
            new Entity { Type = "clientInfo", ExtensionData = new Dictionary<string, JsonElement> { ["locale"] = TeamsActivities.Json("\"de-DE\"") } },
        ];

        using var response = await _host.PostAsync(activity, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var seen = Assert.Single(_host.Processor.Seen);
        Assert.Equal("bitte an Anna Schmidt weiterleiten", seen.Text);
        Assert.Equal(["mention", "clientInfo"], seen.Entities!.Select(entity => entity.Type));
        Assert.Equal("29:anna", seen.Entities![0].ExtensionData!["mentioned"].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Bot_mention_without_entity_text_is_found_by_name()
    {
        var activity = TeamsActivities.Message(_connector.ServiceUrl, "<at>KitaBot</at>   Status");
        activity.Entities = [Mention($"28:{TestTokens.AppId}", "KitaBot", text: null)];

        using var response = await _host.PostAsync(activity, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Status", Assert.Single(_host.Processor.Seen).Text);
    }

    private static Entity Mention(string id, string name, string? text)
    {
        var data = new Dictionary<string, JsonElement>
        {
            ["mentioned"] = TeamsActivities.Json(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["name"] = name })),
        };
        if (text is not null)
        {
            data["text"] = TeamsActivities.Json(JsonSerializer.Serialize(text));
        }

        return new Entity { Type = "mention", ExtensionData = data };
    }
}
