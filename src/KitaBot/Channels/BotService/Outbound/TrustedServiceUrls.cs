using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace KitaBot.Channels.BotService.Outbound;

/// <summary>
/// The service URLs we may send to with a token: those that arrived on an accepted request to <c>/api/messages</c>
/// (whose <c>serviceurl</c> claim was checked) and https URLs on the configured host allow-list. A URL read back
/// from storage after a restart is trusted only through the allow-list.
/// </summary>
internal sealed class TrustedServiceUrls(IOptions<BotServiceOptions> options)
{
    // Only accepted requests add entries; the cap keeps a misbehaving development set-up from growing memory forever.
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<string, byte> _remembered = new(StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlyList<string> _allowedHosts = options.Value.AllowedServiceUrlHosts;

    public void Remember(Uri serviceUrl)
    {
        if (_remembered.Count < MaxRemembered)
        {
            _remembered.TryAdd(Normalize(serviceUrl), 0);
        }
    }

    public bool IsTrusted(Uri serviceUrl) => _remembered.ContainsKey(Normalize(serviceUrl)) || IsAllowListed(serviceUrl);

    /// <summary>Reads a service URL from an activity or reference; only absolute http(s) URLs qualify.</summary>
    public static bool TryParse(string? serviceUrl, out Uri url)
    {
        var parsed = Uri.TryCreate(serviceUrl, UriKind.Absolute, out url!)
            && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
        return parsed;
    }

    private bool IsAllowListed(Uri serviceUrl)
    {
        if (serviceUrl.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        var host = serviceUrl.IdnHost;
        foreach (var allowed in _allowedHosts)
        {
            var matches = allowed.StartsWith("*.", StringComparison.Ordinal)
                ? host.EndsWith(allowed[1..], StringComparison.OrdinalIgnoreCase)
                : string.Equals(host, allowed, StringComparison.OrdinalIgnoreCase);
            if (matches)
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalize(Uri serviceUrl) =>
        serviceUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
}
