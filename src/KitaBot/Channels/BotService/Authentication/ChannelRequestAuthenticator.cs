using KitaBot.Dialogs.Protocol;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KitaBot.Channels.BotService.Authentication;

/// <summary>
/// Authenticates requests to <c>/api/messages</c> from their <c>Authorization</c> header, following the Bot
/// Framework rules (botframework.md §2.1): channel tokens always; Emulator/AAD tokens in Development only; skill
/// tokens never. Every failure is a refusal with a reason, never an exception.
/// </summary>
internal sealed class ChannelRequestAuthenticator : IDisposable
{
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly BotServiceOptions _options;
    private readonly bool _isDevelopment;
    private readonly TimeProvider _timeProvider;
    private readonly OpenIdKeyCache _channelKeys;
    private readonly OpenIdKeyCache _emulatorKeys;
    private readonly IReadOnlyList<string> _emulatorIssuers;
    private readonly JsonWebTokenHandler _tokenHandler = new();

    public ChannelRequestAuthenticator(
        IOptions<BotServiceOptions> options,
        IHostEnvironment environment,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<ChannelRequestAuthenticator> logger)
    {
        _options = options.Value;
        _isDevelopment = environment.IsDevelopment();
        _timeProvider = timeProvider;
        _channelKeys = new OpenIdKeyCache(_options.OpenIdMetadataUrl, httpClientFactory, timeProvider, logger);
        _emulatorKeys = new OpenIdKeyCache(_options.EmulatorOpenIdMetadataUrl, httpClientFactory, timeProvider, logger);
        _emulatorIssuers = TokenIssuers.Emulator(_options.MicrosoftAppTenantId);
    }

    public async Task<InboundAuthentication> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return _options.AuthenticationEnabled
                ? InboundAuthentication.Refused(AuthenticationFailure.MissingHeader)
                : InboundAuthentication.Anonymous;
        }

        // A header that is present is validated even when authentication is off; without an app id it cannot pass.
        if (!TryReadBearer(authorizationHeader, out var token))
        {
            return InboundAuthentication.Refused(AuthenticationFailure.MalformedHeader);
        }

        if (!_options.AuthenticationEnabled)
        {
            return InboundAuthentication.Refused(AuthenticationFailure.NoAppIdConfigured);
        }

        JsonWebToken jwt;
        try
        {
            jwt = _tokenHandler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return InboundAuthentication.Refused(AuthenticationFailure.UnreadableToken);
        }

        if (IsSkillToken(jwt))
        {
            return InboundAuthentication.Refused(AuthenticationFailure.SkillToken);
        }

        if (string.Equals(jwt.Issuer, TokenIssuers.Channel, StringComparison.Ordinal))
        {
            return await ValidateChannelTokenAsync(token, jwt, activity, cancellationToken);
        }

        if (_emulatorIssuers.Contains(jwt.Issuer, StringComparer.Ordinal))
        {
            return _isDevelopment
                ? await ValidateEmulatorTokenAsync(token, jwt, activity, cancellationToken)
                : InboundAuthentication.Refused(AuthenticationFailure.EmulatorTokenOutsideDevelopment);
        }

        return InboundAuthentication.Refused(AuthenticationFailure.UnknownIssuer);
    }

    public void Dispose()
    {
        _channelKeys.Dispose();
        _emulatorKeys.Dispose();
    }

    private static bool TryReadBearer(string header, out string token)
    {
        const string scheme = "Bearer ";
        token = header.Length > scheme.Length && header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            ? header[scheme.Length..].Trim()
            : string.Empty;
        return token.Length > 0 && !token.Contains(' ', StringComparison.Ordinal);
    }

    /// <summary>A token another bot obtained to call us as a skill: versioned, not for the channel audience, app id ≠ audience.</summary>
    private static bool IsSkillToken(JsonWebToken jwt)
    {
        if (!jwt.TryGetPayloadValue<string>("ver", out _))
        {
            return false;
        }

        var audience = jwt.Audiences.FirstOrDefault();
        if (audience is null || string.Equals(audience, TokenIssuers.Channel, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var appId = CallingAppId(jwt);
        return !string.IsNullOrEmpty(appId) && !string.Equals(appId, audience, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The calling app id: <c>appid</c> in v1 tokens, <c>azp</c> in v2 tokens.</summary>
    private static string? CallingAppId(JsonWebToken jwt)
    {
        jwt.TryGetPayloadValue<string>("ver", out var version);
        var claim = version == "2.0" ? "azp" : "appid";
        return jwt.TryGetPayloadValue<string>(claim, out var appId) ? appId : null;
    }

    private async Task<InboundAuthentication> ValidateChannelTokenAsync(
        string token, JsonWebToken jwt, Activity activity, CancellationToken cancellationToken)
    {
        var (failure, keys) = await ValidateSignedTokenAsync(token, jwt, _channelKeys, [TokenIssuers.Channel], cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        // Channel keys must be endorsed for the channel the activity claims to come from.
        var channelId = activity.ChannelId;
        if (string.IsNullOrEmpty(channelId) || !keys!.EndorsementsOf(jwt.Kid).Contains(channelId, StringComparer.Ordinal))
        {
            return InboundAuthentication.Refused(AuthenticationFailure.KeyNotEndorsed);
        }

        jwt.TryGetPayloadValue<string>("serviceurl", out var serviceUrlClaim);
        if (string.IsNullOrEmpty(serviceUrlClaim) || !string.Equals(serviceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return InboundAuthentication.Refused(AuthenticationFailure.ServiceUrlMismatch);
        }

        return InboundAuthentication.Channel;
    }

    private async Task<InboundAuthentication> ValidateEmulatorTokenAsync(
        string token, JsonWebToken jwt, Activity activity, CancellationToken cancellationToken)
    {
        if (!jwt.TryGetPayloadValue<string>("ver", out var version) || version is not ("1.0" or "2.0"))
        {
            return InboundAuthentication.Refused(AuthenticationFailure.InvalidToken, "missing or unknown ver claim");
        }

        var (failure, keys) = await ValidateSignedTokenAsync(token, jwt, _emulatorKeys, _emulatorIssuers, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        // AAD keys carry no endorsements; if one does, the channel must be among them.
        var endorsements = keys!.EndorsementsOf(jwt.Kid);
        if (endorsements.Count > 0 && !string.IsNullOrEmpty(activity.ChannelId) && !endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            return InboundAuthentication.Refused(AuthenticationFailure.KeyNotEndorsed);
        }

        if (!string.Equals(CallingAppId(jwt), _options.MicrosoftAppId, StringComparison.OrdinalIgnoreCase))
        {
            return InboundAuthentication.Refused(AuthenticationFailure.AppIdMismatch);
        }

        return InboundAuthentication.Channel;
    }

    /// <summary>Lifetime against our clock, with the Bot Framework's five minutes of skew; a token must expire.</summary>
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        return expires is { } expiry && now <= expiry + ClockSkew && (notBefore is not { } start || now >= start - ClockSkew);
    }

    /// <summary>Checks algorithm, key, signature, issuer, audience and lifetime; returns a refusal or the key set used.</summary>
    private async Task<(InboundAuthentication? Failure, OpenIdKeySet? Keys)> ValidateSignedTokenAsync(
        string token, JsonWebToken jwt, OpenIdKeyCache keyCache, IReadOnlyList<string> issuers, CancellationToken cancellationToken)
    {
        // Refuse unsigned and symmetric tokens before they can cause a key fetch.
        if (!AllowedAlgorithms.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            return (InboundAuthentication.Refused(AuthenticationFailure.DisallowedAlgorithm, jwt.Alg), null);
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return (InboundAuthentication.Refused(AuthenticationFailure.UnknownSigningKey, "no kid"), null);
        }

        OpenIdKeySet keys;
        SecurityKey? signingKey;
        try
        {
            keys = await keyCache.GetAsync(cancellationToken);
            if (!keys.TryGetKey(jwt.Kid, out signingKey))
            {
                keys = await keyCache.RefreshForUnknownKeyAsync(cancellationToken);
                if (!keys.TryGetKey(jwt.Kid, out signingKey))
                {
                    return (InboundAuthentication.Refused(AuthenticationFailure.UnknownSigningKey), null);
                }
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Includes a metadata fetch that timed out: a refusal, never a 500.
            return (InboundAuthentication.Refused(AuthenticationFailure.MetadataUnavailable, exception.GetType().Name), null);
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidAudience = _options.MicrosoftAppId,
            IssuerSigningKey = signingKey,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = AllowedAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            LifetimeValidator = IsWithinLifetime,
        };
        var result = await _tokenHandler.ValidateTokenAsync(token, parameters);
        return result.IsValid
            ? (null, keys)
            : (InboundAuthentication.Refused(AuthenticationFailure.InvalidToken, result.Exception?.GetType().Name), null);
    }
}
