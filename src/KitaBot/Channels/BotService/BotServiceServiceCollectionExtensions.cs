using KitaBot.Channels.BotService.Authentication;
using KitaBot.Channels.BotService.Outbound;
using KitaBot.Channels.BotService.Teams;
using KitaBot.Dialogs.Engine;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KitaBot.Channels.BotService;

/// <summary>Registers the Azure Bot Service channel: options, inbound authentication, connector delivery.</summary>
public static class BotServiceServiceCollectionExtensions
{
    public static IServiceCollection AddBotService(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IConfigureOptions<BotServiceOptions>, BotServiceOptionsBinder>();
        services.AddSingleton<IValidateOptions<BotServiceOptions>, BotServiceOptionsValidator>();
        services.AddOptions<BotServiceOptions>().ValidateOnStart();

        services.AddHttpClient(OpenIdKeyCache.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient(ConnectorClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));

        services.AddSingleton<ChannelRequestAuthenticator>();
        services.AddSingleton<TeamsTenantGate>();
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton<ConnectorRetryPolicy>();
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton(provider => new ConnectorChannelDelivery(
            provider.GetRequiredService<ConnectorClient>(), provider.GetRequiredService<TrustedServiceUrls>()));
        services.AddSingleton<IChannelDelivery>(provider => provider.GetRequiredService<ConnectorChannelDelivery>());
        services.AddSingleton<BotServiceEndpoint>();
        services.AddHostedService<BotServiceStartupLog>();
        return services;
    }
}
