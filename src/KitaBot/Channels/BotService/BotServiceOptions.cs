namespace KitaBot.Channels.BotService;

/// <summary>
/// Settings of the Azure Bot Service channel. The four <c>MicrosoftApp*</c> values use the standard Bot Framework
/// keys at the configuration root; everything else lives in the <c>BotService</c> section.
/// </summary>
public sealed class BotServiceOptions
{
    public const string SectionName = "BotService";

    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.SingleTenant;

    /// <summary>The bot's app id; the audience of inbound tokens. Empty means authentication is off (Development only).</summary>
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Hosts (exact, or <c>*.suffix</c>) whose service URLs get a token even if not seen on an authenticated request.</summary>
    public IReadOnlyList<string> AllowedServiceUrlHosts { get; set; } = ["smba.trafficmanager.net", "*.botframework.com"];

    /// <summary>Teams tenants allowed to use the bot; empty allows every tenant.</summary>
    public IReadOnlyList<string> AllowedTenantIds { get; set; } = [];

    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>Metadata for Emulator and AAD tokens, which are accepted in Development only.</summary>
    public Uri EmulatorOpenIdMetadataUrl { get; set; } = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    /// <summary>Overrides the client-credentials token endpoint (tests); by default it follows the app type and tenant.</summary>
    public Uri? TokenEndpoint { get; set; }

    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary><c>BotService:TypingAfter</c>: a turn still running after this shows the typing indicator.</summary>
    public TimeSpan TypingAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many times a 429 or 5xx from the connector or token endpoint is retried.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether inbound requests must carry a channel token; false only when no app id is configured.</summary>
    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The client-credentials token endpoint for the configured app type.</summary>
    public Uri ResolveTokenEndpoint()
    {
        if (TokenEndpoint is not null)
        {
            return TokenEndpoint;
        }

        var tenant = MicrosoftAppType == MicrosoftAppType.MultiTenant ? "botframework.com" : MicrosoftAppTenantId;
        return new Uri($"https://login.microsoftonline.com/{Uri.EscapeDataString(tenant ?? string.Empty)}/oauth2/v2.0/token");
    }
}
