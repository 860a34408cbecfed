using System.Text.Json;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Tests.Presentation;

/// <summary>
/// Dresses test activities as Microsoft Teams sends them (channels.md §2.1): channel <c>msteams</c>, the tenant in
/// <c>conversation.tenantId</c> and <c>channelData.tenant.id</c>, the conversation type, <c>29:</c>/<c>28:</c> ids, and on
/// typed messages the bot's mention entity. The endpoint strips the <c>&lt;at&gt;KitaBot&lt;/at&gt;</c> text before the
/// bot sees it, so the text here is already stripped.
/// </summary>
public static class TeamsShape
{
    public const string TenantId = "6b1f6c2e-4e4f-4b1a-9d3c-2f0c1f1e9a11";
    public const string BotId = "28:2a9e6f1c-7c1d-4d52-8f0e-5b7f3c7a1d20";

    public static Func<Activity, Activity> For(string conversationType) => activity =>
    {
        activity.ServiceUrl = "https://smba.trafficmanager.net/emea/";
        activity.From = new ChannelAccount { Id = "29:1user-teams-id", Name = "Anna Schmidt", AadObjectId = "0d5c1c7e-0b53-4d0f-9a57-2d1f0b1a3c44", Role = RoleTypes.User };
        activity.Recipient = new ChannelAccount { Id = BotId, Name = "KitaBot", Role = RoleTypes.Bot };
        activity.Conversation!.ConversationType = conversationType;
        activity.Conversation.TenantId = TenantId;
        using var channelData = JsonDocument.Parse($$$"""{"tenant":{"id":"{{{TenantId}}}"}}""");
        activity.ChannelData = channelData.RootElement.Clone();
        if (activity.MembersAdded is { } added)
        {
            activity.MembersAdded = [.. added.Select(m => m.Role == RoleTypes.Bot ? activity.Recipient : activity.From)];
        }

        if (!string.IsNullOrEmpty(activity.Text))
        {
            using var mention = JsonDocument.Parse($$$"""{"mentioned":{"id":"{{{BotId}}}","name":"KitaBot"},"text":"<at>KitaBot</at>"}""");
            activity.Entities =
            [
                new Entity
                {
                    Type = "mention",
                    ExtensionData = mention.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()),
                },
            ];
        }

        return activity;
    };
}
