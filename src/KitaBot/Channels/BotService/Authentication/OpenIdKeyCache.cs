using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace KitaBot.Channels.BotService.Authentication;

/// <summary>
/// Caches the keys behind one OpenID metadata URL. Keys are refreshed daily, and at once when a token names an
/// unknown <c>kid</c> (keys rotate). Forced refreshes happen at most once per five minutes, so forged tokens cannot
/// cause a fetch storm; when a fetch fails, the last keys stay in use.
/// </summary>
internal sealed class OpenIdKeyCache(Uri metadataUrl, IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILogger logger)
    : IDisposable
{
    public const string HttpClientName = "KitaBot.BotService.OpenId";

    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);
    private static readonly TimeSpan ForcedRefreshFloor = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan FailedFetchFloor = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _fetchGate = new(1, 1);
    private OpenIdKeySet? _keys;
    private DateTimeOffset _fetchedAt;
    private long _freshUntilUtcTicks;
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;

    /// <summary>The cached keys, fetched first if there are none or they are older than a day.</summary>
    public async Task<OpenIdKeySet> GetAsync(CancellationToken cancellationToken)
    {
        var keys = Volatile.Read(ref _keys);
        if (keys is not null && timeProvider.GetUtcNow().UtcTicks < Volatile.Read(ref _freshUntilUtcTicks))
        {
            return keys;
        }

        await _fetchGate.WaitAsync(cancellationToken);
        try
        {
            var now = timeProvider.GetUtcNow();
            var isFresh = _keys is not null && now < _fetchedAt + MaxAge;
            return isFresh ? _keys! : await FetchAsync(now);
        }
        finally
        {
            _fetchGate.Release();
        }
    }

    /// <summary>Fetches again because a token named a key we do not know, unless a forced refresh happened recently.</summary>
    public async Task<OpenIdKeySet> RefreshForUnknownKeyAsync(CancellationToken cancellationToken)
    {
        await _fetchGate.WaitAsync(cancellationToken);
        try
        {
            var now = timeProvider.GetUtcNow();
            if (_keys is not null && now < _lastForcedRefresh + ForcedRefreshFloor)
            {
                return _keys;
            }

            _lastForcedRefresh = now;
            return await FetchAsync(now);
        }
        finally
        {
            _fetchGate.Release();
        }
    }

    public void Dispose() => _fetchGate.Dispose();

    /// <summary>Fetches the metadata and its key set; the caller holds the gate.</summary>
    private async Task<OpenIdKeySet> FetchAsync(DateTimeOffset now)
    {
        if (now < _lastAttempt + FailedFetchFloor && _lastAttempt > _fetchedAt)
        {
            // The previous attempt failed moments ago; do not hammer the metadata host.
            return _keys ?? throw new InvalidOperationException("OpenID metadata is unavailable; the last attempt failed moments ago.");
        }

        _lastAttempt = now;
        try
        {
            var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName))
            {
                // Plain http is allowed only for loopback metadata (tests).
                RequireHttps = !metadataUrl.IsLoopback,
            };
            // The fetch is shared by every waiting request, so one caller hanging up must not cancel it; the client timeout bounds it.
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl.AbsoluteUri, retriever, CancellationToken.None);
            var keys = OpenIdKeySet.From(configuration.JsonWebKeySet);
            _fetchedAt = now;
            Volatile.Write(ref _keys, keys);
            Volatile.Write(ref _freshUntilUtcTicks, (now + MaxAge).UtcTicks);
            logger.LogInformation("Fetched OpenID signing keys from {MetadataHost}.", metadataUrl.Host);
            return keys;
        }
        catch (Exception exception) when (_keys is not null)
        {
            logger.LogWarning("Refreshing OpenID signing keys from {MetadataHost} failed ({Error}); keeping the previous keys.",
                metadataUrl.Host, exception.GetType().Name);
            return _keys;
        }
    }
}
