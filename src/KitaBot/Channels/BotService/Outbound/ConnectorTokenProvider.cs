using Microsoft.Extensions.Options;

namespace KitaBot.Channels.BotService.Outbound;

/// <summary>
/// Obtains client-credential tokens for the Bot Connector (scope <c>https://api.botframework.com/.default</c>) and
/// caches each until shortly before it expires. Concurrent callers share one refresh.
/// </summary>
internal sealed class ConnectorTokenProvider(
    IOptions<BotServiceOptions> options,
    IHttpClientFactory httpClientFactory,
    ConnectorRetryPolicy retryPolicy,
    TimeProvider timeProvider,
    ILogger<ConnectorTokenProvider> logger) : IDisposable
{
    public const string HttpClientName = "KitaBot.BotService.Token";
    public const string Scope = "https://api.botframework.com/.default";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private CachedToken? _cached;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var cached = Volatile.Read(ref _cached);
        if (cached is not null && timeProvider.GetUtcNow() < cached.RefreshAfter)
        {
            return cached.Value;
        }

        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            cached = _cached;
            if (cached is not null && timeProvider.GetUtcNow() < cached.RefreshAfter)
            {
                return cached.Value;
            }

            cached = await RequestTokenAsync(cancellationToken);
            Volatile.Write(ref _cached, cached);
            return cached.Value;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    public void Dispose() => _refreshGate.Dispose();

    private async Task<CachedToken> RequestTokenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var endpoint = settings.ResolveTokenEndpoint();
        var client = httpClientFactory.CreateClient(HttpClientName);
        var requestedAt = timeProvider.GetUtcNow();

        using var response = await retryPolicy.ExecuteAsync(async attemptToken =>
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = settings.MicrosoftAppId ?? string.Empty,
                ["client_secret"] = settings.MicrosoftAppPassword ?? string.Empty,
                ["scope"] = Scope,
            });
            return await client.PostAsync(endpoint, form, attemptToken);
        }, cancellationToken);

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The token endpoint answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        var token = await response.Content.ReadFromJsonAsync(BotServiceJson.Default.AccessTokenResponse, cancellationToken);
        if (string.IsNullOrEmpty(token?.AccessToken) || token.ExpiresIn <= 0)
        {
            throw new HttpRequestException("The token endpoint answered without an access token.");
        }

        var lifetime = TimeSpan.FromSeconds(token.ExpiresIn);
        var margin = lifetime > 2 * RefreshMargin ? RefreshMargin : lifetime / 2;
        logger.LogInformation("Obtained a connector token valid for {Lifetime}.", lifetime);
        return new CachedToken(token.AccessToken, requestedAt + lifetime - margin);
    }

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAfter);
}
