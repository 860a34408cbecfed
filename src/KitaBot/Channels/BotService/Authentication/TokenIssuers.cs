namespace KitaBot.Channels.BotService.Authentication;

/// <summary>The issuers of tokens Bot Framework sends to a bot (botframework.md §2.1).</summary>
internal static class TokenIssuers
{
    /// <summary>Issuer of channel tokens (Teams, Web Chat, Direct Line via Azure).</summary>
    public const string Channel = "https://api.botframework.com";

    // Bot Framework tenants whose AAD tokens the Emulator uses: botframework.com, the consumer tenant, US Government.
    private static readonly string[] BotFrameworkTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "cab8a31a-1906-4287-a0d8-4eef66b95f6e",
    ];

    /// <summary>AAD v1 and v2 issuers of Emulator tokens, including the bot's own tenant for single-tenant bots.</summary>
    public static IReadOnlyList<string> Emulator(string? ownTenantId)
    {
        var tenants = string.IsNullOrWhiteSpace(ownTenantId) ? BotFrameworkTenants : [.. BotFrameworkTenants, ownTenantId];
        return tenants
            .SelectMany(tenant => new[] { $"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0" })
            .ToArray();
    }
}
