using System.Text.Json;
using System.Text;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KitaBot.Tests.BotService;

/// <summary>
/// The real KitaBot host (<see cref="KitaBotHost.Create"/>) on a loopback port, configured to trust the loopback
/// identity server, with <see cref="RecordingProcessor"/> as the bot.
/// </summary>
public sealed class BotServiceTestHost : IAsyncDisposable
{
    private BotServiceTestHost(WebApplication app, Uri baseUrl, RecordingProcessor processor, CapturedLogs logs)
    {
        App = app;
        BaseUrl = baseUrl;
        Processor = processor;
        Logs = logs;
        Client = new HttpClient { BaseAddress = baseUrl };
    }

    public WebApplication App { get; }

    public Uri BaseUrl { get; }

    public RecordingProcessor Processor { get; }

    public CapturedLogs Logs { get; }

    public HttpClient Client { get; }

    /// <summary>The settings a test host starts with; a test overrides or removes (null) single keys.</summary>
    public static Dictionary<string, string?> Settings(TestIdentityServer identity) => new()
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = TestTokens.AppId,
        ["MicrosoftAppPassword"] = "test-secret",
        ["MicrosoftAppTenantId"] = TestTokens.TenantId,
        ["BotService:OpenIdMetadataUrl"] = identity.ChannelMetadataUrl.AbsoluteUri,
        ["BotService:EmulatorOpenIdMetadataUrl"] = identity.EmulatorMetadataUrl.AbsoluteUri,
        ["BotService:TokenEndpoint"] = identity.TokenEndpoint.AbsoluteUri,
        ["BotService:RetryBaseDelay"] = "00:00:00.050",
    };

    public static WebApplication Create(IDictionary<string, string?> settings, string environment, RecordingProcessor processor, CapturedLogs logs) =>
        KitaBotHost.Create(["--environment", environment], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
            builder.Services.AddSingleton<IActivityProcessor>(processor);
        });

    public static async Task<BotServiceTestHost> StartAsync(TestIdentityServer identity, string environment = "Production",
        Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = Settings(identity);
        configure?.Invoke(settings);
        var processor = new RecordingProcessor();
        var logs = new CapturedLogs();
        var app = Create(settings, environment, processor, logs);
        await app.StartAsync();
        return new BotServiceTestHost(app, LoopbackServer.ListeningAddress(app), processor, logs);
    }

    public Task<HttpResponseMessage> PostAsync(Activity activity, string? bearerToken) =>
        PostRawAsync(JsonSerializer.Serialize(activity, ProtocolJson.Default.Activity), bearerToken is null ? null : $"Bearer {bearerToken}");

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
