using Microsoft.Extensions.Options;

namespace KitaBot.Channels.BotService;

/// <summary>
/// Reads <see cref="BotServiceOptions"/>: the standard <c>MicrosoftApp*</c> keys from the configuration root and the
/// rest from the <c>BotService</c> section. Lists replace the defaults instead of being appended to them.
/// </summary>
internal sealed class BotServiceOptionsBinder(IConfiguration configuration) : IConfigureOptions<BotServiceOptions>
{
    public void Configure(BotServiceOptions options)
    {
        options.MicrosoftAppType = configuration.GetValue(nameof(BotServiceOptions.MicrosoftAppType), options.MicrosoftAppType);
        options.MicrosoftAppId = NullIfBlank(configuration[nameof(BotServiceOptions.MicrosoftAppId)]);
        options.MicrosoftAppPassword = NullIfBlank(configuration[nameof(BotServiceOptions.MicrosoftAppPassword)]);
        options.MicrosoftAppTenantId = NullIfBlank(configuration[nameof(BotServiceOptions.MicrosoftAppTenantId)]);

        var section = configuration.GetSection(BotServiceOptions.SectionName);
        options.AllowedServiceUrlHosts = ReadList(section, nameof(BotServiceOptions.AllowedServiceUrlHosts)) ?? options.AllowedServiceUrlHosts;
        options.AllowedTenantIds = ReadList(section, nameof(BotServiceOptions.AllowedTenantIds)) ?? options.AllowedTenantIds;
        options.OpenIdMetadataUrl = section.GetValue(nameof(BotServiceOptions.OpenIdMetadataUrl), options.OpenIdMetadataUrl)!;
        options.EmulatorOpenIdMetadataUrl = section.GetValue(nameof(BotServiceOptions.EmulatorOpenIdMetadataUrl), options.EmulatorOpenIdMetadataUrl)!;
        options.TokenEndpoint = section.GetValue(nameof(BotServiceOptions.TokenEndpoint), options.TokenEndpoint);
        options.MaxRequestBodyBytes = section.GetValue(nameof(BotServiceOptions.MaxRequestBodyBytes), options.MaxRequestBodyBytes);
        options.TypingAfter = section.GetValue(nameof(BotServiceOptions.TypingAfter), options.TypingAfter);
        options.MaxRetryAttempts = section.GetValue(nameof(BotServiceOptions.MaxRetryAttempts), options.MaxRetryAttempts);
        options.RetryBaseDelay = section.GetValue(nameof(BotServiceOptions.RetryBaseDelay), options.RetryBaseDelay);
        options.RetryMaxDelay = section.GetValue(nameof(BotServiceOptions.RetryMaxDelay), options.RetryMaxDelay);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string[]? ReadList(IConfigurationSection section, string key)
    {
        var list = section.GetSection(key).Get<string[]>();
        return list?.Where(item => !string.IsNullOrWhiteSpace(item)).Select(item => item.Trim()).ToArray();
    }
}
