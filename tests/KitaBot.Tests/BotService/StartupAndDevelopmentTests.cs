using System.Net;
using KitaBot.Channels.BotService;
using KitaBot.Dialogs.Protocol;
using Microsoft.Extensions.Options;
using Xunit;

namespace KitaBot.Tests.BotService;

/// <summary>Configuration checks at start-up, and the Development-only behaviours (no app id, Emulator tokens).</summary>
public sealed class StartupAndDevelopmentTests : IAsyncLifetime
{
    private TestIdentityServer _identity = null!;
    private RecordingConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _identity = await TestIdentityServer.StartAsync();
        _connector = await RecordingConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _identity.DisposeAsync();
    }

    [Fact]
    public async Task Production_with_the_channel_enabled_but_no_app_id_fails_at_start_up_with_a_clear_message()
    {
        var failure = await StartFailureAsync("Production", settings =>
        {
            settings["MicrosoftAppId"] = null;
            settings[BotServiceSwitch.EnabledKey] = "true";
        });

        var validation = Assert.IsType<OptionsValidationException>(failure);
        Assert.Contains("MicrosoftAppId is not configured", validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_without_app_id_runs_web_chat_only_and_has_no_api_messages()
    {
        await using var host = await BotServiceTestHost.StartAsync(_identity, "Production", settings => settings["MicrosoftAppId"] = null);

        using var response = await host.PostRawAsync("""{"type":"message","text":"hi"}""", authorization: null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(host.Processor.Seen);
    }

    [Theory]
    [InlineData("MicrosoftAppType", "UserAssignedMSI", "UserAssignedMSI is not supported")]
    [InlineData("MicrosoftAppTenantId", null, "MicrosoftAppTenantId is required")]
    [InlineData("MicrosoftAppPassword", null, "MicrosoftAppPassword is required")]
    public async Task Incomplete_identity_fails_at_start_up(string key, string? value, string message)
    {
        var failure = await StartFailureAsync("Production", settings => settings[key] = value);

        Assert.Contains(message, Assert.IsType<OptionsValidationException>(failure).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_app_type_fails_at_start_up_naming_the_setting()
    {
        var failure = await StartFailureAsync("Production", settings => settings["MicrosoftAppType"] = "Bogus");

        Assert.Contains("MicrosoftAppType", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_without_app_id_accepts_unauthenticated_requests_with_a_warning()
    {
        await using var host = await BotServiceTestHost.StartAsync(_identity, "Development", settings => settings["MicrosoftAppId"] = null);
        Assert.Contains(host.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("UNAUTHENTICATED", StringComparison.Ordinal));

        var activity = TeamsActivities.Message(_connector.ServiceUrl, "Hallo", channelId: ChannelIds.Emulator);
        activity.CallerId = "urn:botframework:azure";
        using var response = await host.PostAsync(activity, bearerToken: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Assert.Single(host.Processor.Seen).CallerId);
        var reply = Assert.Single(await _connector.WaitForAsync(1));
        Assert.Equal(string.Empty, reply.Authorization);
        Assert.Empty(_identity.TokenRequests);
    }

    [Fact]
    public async Task Development_without_app_id_still_validates_a_header_that_is_present()
    {
        await using var host = await BotServiceTestHost.StartAsync(_identity, "Development", settings => settings["MicrosoftAppId"] = null);
        var token = TestTokens.Channel(_identity.ChannelKey, TestIdentityServer.ChannelKeyId, _connector.ServiceUrl);

        using var response = await host.PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "Hallo"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Processor.Seen);
    }

    [Fact]
    public async Task Emulator_token_is_accepted_in_development()
    {
        await using var host = await BotServiceTestHost.StartAsync(_identity, "Development");
        var activity = TeamsActivities.Message(_connector.ServiceUrl, "Hallo", channelId: ChannelIds.Emulator);

        using var response = await host.PostAsync(activity, TestTokens.Emulator(_identity.EmulatorKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("urn:botframework:azure", Assert.Single(host.Processor.Seen).CallerId);
    }

    [Fact]
    public async Task Skill_token_is_refused_in_development_too()
    {
        await using var host = await BotServiceTestHost.StartAsync(_identity, "Development");

        using var response = await host.PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "Hallo"), TestTokens.Skill(_identity.EmulatorKey));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(host.Logs.Lines, line => line.Contains("SkillToken", StringComparison.Ordinal));
    }

    private async Task<Exception> StartFailureAsync(string environment, Action<Dictionary<string, string?>> configure)
    {
        var settings = BotServiceTestHost.Settings(_identity);
        configure(settings);
        await using var app = BotServiceTestHost.Create(settings, environment, new RecordingProcessor(), new CapturedLogs());
        return await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());
    }
}
