using KitaBot.Channels.BotService;
using Xunit;

namespace KitaBot.Tests.BotService;

/// <summary>Where outbound tokens come from, per app type.</summary>
public sealed class BotServiceOptionsTests
{
    [Fact]
    public void Single_tenant_bots_get_tokens_from_their_own_tenant()
    {
        var options = new BotServiceOptions { MicrosoftAppType = MicrosoftAppType.SingleTenant, MicrosoftAppTenantId = TestTokens.TenantId };

        Assert.Equal(new Uri($"https://login.microsoftonline.com/{TestTokens.TenantId}/oauth2/v2.0/token"), options.ResolveTokenEndpoint());
    }

    [Fact]
    public void Multi_tenant_bots_get_tokens_from_the_botframework_tenant()
    {
        var options = new BotServiceOptions { MicrosoftAppType = MicrosoftAppType.MultiTenant, MicrosoftAppTenantId = TestTokens.TenantId };

        Assert.Equal(new Uri("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"), options.ResolveTokenEndpoint());
    }

    [Fact]
    public void Configured_token_endpoint_wins()
    {
        var options = new BotServiceOptions { TokenEndpoint = new Uri("http://127.0.0.1:9/token") };

        Assert.Equal(new Uri("http://127.0.0.1:9/token"), options.ResolveTokenEndpoint());
    }
}
