using System.Text.Json;
using KitaBot.Dialogs.Protocol;
using Microsoft.Extensions.Options;

namespace KitaBot.Channels.BotService.Teams;

/// <summary>
/// Anyone holding the Teams app manifest can install it, and Teams delivers messages from every tenant; so when
/// <c>BotService:AllowedTenantIds</c> is set, Teams activities from other tenants are refused before any state is read.
/// </summary>
internal sealed class TeamsTenantGate(IOptions<BotServiceOptions> options)
{
    private readonly HashSet<string> _allowedTenants = new(options.Value.AllowedTenantIds, StringComparer.OrdinalIgnoreCase);

    public bool Allows(Activity activity)
    {
        if (_allowedTenants.Count == 0 || activity.ChannelId != ChannelIds.Teams)
        {
            return true;
        }

        var tenantId = TenantOf(activity);
        return tenantId is not null && _allowedTenants.Contains(tenantId);
    }

    /// <summary><c>channelData.tenant.id</c> (sent in every Teams context), else <c>conversation.tenantId</c>.</summary>
    private static string? TenantOf(Activity activity)
    {
        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } channelData
            && channelData.TryGetProperty("tenant", out var tenant)
            && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id)
            && id.ValueKind == JsonValueKind.String)
        {
            return id.GetString();
        }

        return activity.Conversation?.TenantId;
    }
}
