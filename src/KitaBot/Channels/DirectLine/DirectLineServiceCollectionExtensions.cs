using System.Threading.RateLimiting;
using KitaBot.Dialogs.Engine;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Postgres;
using KitaBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KitaBot.Channels.DirectLine;

/// <summary>Registers the self-hosted Direct Line endpoint. The bot itself comes from the <see cref="IActivityProcessor"/> registration.</summary>
public static class DirectLineServiceCollectionExtensions
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineDataFolder>();
        services.AddSingleton<DirectLineSigningKey>();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineRequestAuthorizer>();
        services.AddSingleton<DirectLineStreamHub>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineStream>();
        services.AddSingleton<ConversationRateLimiter>();
        services.AddSingleton<IChannelDelivery, DirectLineChannelDelivery>();
        services.AddSingleton<IConversationLog>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DirectLineOptions>>().Value;
            return string.IsNullOrEmpty(options.PostgresConnectionString)
                ? new SqliteConversationLog(Path.Combine(provider.GetRequiredService<DirectLineDataFolder>().Path, "directline.db"))
                : new PostgresConversationLog(options.PostgresConnectionString);
        });

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, cancellationToken) =>
                new ValueTask(DirectLineErrors.TooManyRequests().ExecuteAsync(context.HttpContext));
            limiter.AddPolicy(DirectLineEndpoints.TokenRateLimitPolicy, context =>
            {
                var permits = context.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.TokensPerMinutePerClient;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        return services;
    }
}
