using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace KitaBot.Tests.BotService;

/// <summary>
/// Plays login.botframework.com and login.microsoftonline.com on loopback: OpenID metadata and JWKS with RSA keys
/// generated here (channel keys carry <c>endorsements</c>), and a client-credentials token endpoint.
/// </summary>
public sealed class TestIdentityServer : IAsyncDisposable
{
    public const string ChannelKeyId = "channel-key-1";
    public const string EmulatorKeyId = "emulator-key-1";

    private readonly Lock _gate = new();
    private readonly List<(string Kid, RSA Key, string[]? Endorsements)> _channelKeys = [];
    private readonly List<(string Kid, RSA Key)> _emulatorKeys = [];
    private readonly List<IReadOnlyDictionary<string, string>> _tokenRequests = [];
    private LoopbackServer? _server;
    private int _channelKeySetFetches;

    public TestIdentityServer()
    {
        ChannelKey = RSA.Create(2048);
        EmulatorKey = RSA.Create(2048);
        _channelKeys.Add((ChannelKeyId, ChannelKey, ["msteams", "webchat", "emulator"]));
        _emulatorKeys.Add((EmulatorKeyId, EmulatorKey));
    }

    public RSA ChannelKey { get; }

    public RSA EmulatorKey { get; }

    public Uri ChannelMetadataUrl => new(_server!.BaseUrl, "channel/.well-known/openidconfiguration");

    public Uri EmulatorMetadataUrl => new(_server!.BaseUrl, "emulator/.well-known/openid-configuration");

    public Uri TokenEndpoint => new(_server!.BaseUrl, "tenant/oauth2/v2.0/token");

    public int ChannelKeySetFetches => Volatile.Read(ref _channelKeySetFetches);

    public IReadOnlyList<IReadOnlyDictionary<string, string>> TokenRequests
    {
        get
        {
            lock (_gate)
            {
                return [.. _tokenRequests];
            }
        }
    }

    public static async Task<TestIdentityServer> StartAsync()
    {
        var identity = new TestIdentityServer();
        identity._server = await LoopbackServer.StartAsync(identity.HandleAsync);
        return identity;
    }

    /// <summary>Publishes another channel signing key, as Bot Framework does when it rotates keys.</summary>
    public void PublishChannelKey(string kid, RSA key, params string[]? endorsements)
    {
        lock (_gate)
        {
            _channelKeys.Add((kid, key, endorsements));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        ChannelKey.Dispose();
        EmulatorKey.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        switch (path)
        {
            case "/channel/.well-known/openidconfiguration":
                await WriteJsonAsync(context, Metadata("https://api.botframework.com", new Uri(_server!.BaseUrl, "channel/keys")));
                break;
            case "/channel/keys":
                Interlocked.Increment(ref _channelKeySetFetches);
                await WriteJsonAsync(context, ChannelKeySet());
                break;
            case "/emulator/.well-known/openid-configuration":
                await WriteJsonAsync(context, Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", new Uri(_server!.BaseUrl, "emulator/keys")));
                break;
            case "/emulator/keys":
                await WriteJsonAsync(context, KeySet(_emulatorKeys.Select(entry => (entry.Kid, entry.Key, (string[]?)null))));
                break;
            case "/tenant/oauth2/v2.0/token" when HttpMethods.IsPost(context.Request.Method):
                await IssueAccessTokenAsync(context);
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private async Task IssueAccessTokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        int number;
        lock (_gate)
        {
            _tokenRequests.Add(form.ToDictionary(field => field.Key, field => field.Value.ToString()));
            number = _tokenRequests.Count;
        }

        await WriteJsonAsync(context, $$"""{"token_type":"Bearer","expires_in":3599,"access_token":"connector-token-{{number}}"}""");
    }

    private string ChannelKeySet()
    {
        lock (_gate)
        {
            return KeySet(_channelKeys);
        }
    }

    private static string Metadata(string issuer, Uri jwksUri) =>
        $$"""{"issuer":"{{issuer}}","jwks_uri":"{{jwksUri.AbsoluteUri}}","id_token_signing_alg_values_supported":["RS256"]}""";

    private static string KeySet(IEnumerable<(string Kid, RSA Key, string[]? Endorsements)> keys)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("keys");
            foreach (var (kid, key, endorsements) in keys)
            {
                var parameters = key.ExportParameters(includePrivateParameters: false);
                writer.WriteStartObject();
                writer.WriteString("kty", "RSA");
                writer.WriteString("use", "sig");
                writer.WriteString("kid", kid);
                writer.WriteString("n", Base64UrlEncoder.Encode(parameters.Modulus));
                writer.WriteString("e", Base64UrlEncoder.Encode(parameters.Exponent));
                if (endorsements is not null)
                {
                    writer.WriteStartArray("endorsements");
                    foreach (var channel in endorsements)
                    {
                        writer.WriteStringValue(channel);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static Task WriteJsonAsync(HttpContext context, string json)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }
}
