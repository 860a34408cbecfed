using Microsoft.Extensions.Options;

namespace KitaBot.Channels.BotService;

/// <summary>Says at start-up whether <c>/api/messages</c> authenticates, so an open development endpoint is never a surprise.</summary>
internal sealed class BotServiceStartupLog(IOptions<BotServiceOptions> options, ILogger<BotServiceStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.AuthenticationEnabled)
        {
            logger.LogInformation("{Route} authenticates Azure Bot Service tokens ({AppType}).", BotServiceEndpoint.Route, settings.MicrosoftAppType);
        }
        else
        {
            logger.LogWarning(
                "MicrosoftAppId is not configured: {Route} accepts UNAUTHENTICATED requests and replies without tokens. " +
                "This is allowed only in Development.", BotServiceEndpoint.Route);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
