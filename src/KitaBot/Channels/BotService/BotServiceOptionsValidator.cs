using Microsoft.Extensions.Options;

namespace KitaBot.Channels.BotService;

/// <summary>
/// Refuses settings that would leave <c>/api/messages</c> open or unable to reply. Runs at start-up, so a
/// misconfigured production deployment stops with a clear message instead of accepting forged traffic.
/// </summary>
internal sealed class BotServiceOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotServiceOptions>
{
    public ValidateOptionsResult Validate(string? name, BotServiceOptions options)
    {
        var failures = new List<string>();

        if (!options.AuthenticationEnabled)
        {
            if (!environment.IsDevelopment())
            {
                failures.Add(
                    "MicrosoftAppId is not configured. Without it /api/messages cannot authenticate Azure Bot Service " +
                    $"traffic, which is allowed only in the Development environment (current: {environment.EnvironmentName}). " +
                    "Set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId.");
            }
        }
        else
        {
            if (options.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI)
            {
                failures.Add("MicrosoftAppType UserAssignedMSI is not supported; use SingleTenant with MicrosoftAppPassword.");
            }

            if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                failures.Add("MicrosoftAppPassword is required when MicrosoftAppId is set (replies need a client-credentials token).");
            }

            if (options.MicrosoftAppType == MicrosoftAppType.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
            {
                failures.Add("MicrosoftAppTenantId is required for MicrosoftAppType SingleTenant.");
            }
        }

        RequireAbsolute(options.OpenIdMetadataUrl, "BotService:OpenIdMetadataUrl", failures);
        RequireAbsolute(options.EmulatorOpenIdMetadataUrl, "BotService:EmulatorOpenIdMetadataUrl", failures);
        if (options.TokenEndpoint is not null)
        {
            RequireAbsolute(options.TokenEndpoint, "BotService:TokenEndpoint", failures);
        }

        if (options.MaxRequestBodyBytes <= 0)
        {
            failures.Add("BotService:MaxRequestBodyBytes must be positive.");
        }

        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add("BotService:MaxRetryAttempts must be between 0 and 10.");
        }

        if (options.RetryBaseDelay <= TimeSpan.Zero || options.RetryMaxDelay < options.RetryBaseDelay)
        {
            failures.Add("BotService:RetryBaseDelay must be positive and not above BotService:RetryMaxDelay.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireAbsolute(Uri url, string key, List<string> failures)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{key} must be an absolute http(s) URL.");
        }
    }
}
