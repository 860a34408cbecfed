using System.Text.Json;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Tests.BotService;

/// <summary>Activities shaped like the ones Teams sends (ids with <c>:</c>, <c>@</c> and <c>;messageid=</c>).</summary>
public static class TeamsActivities
{
    public const string ConversationId = "19:meeting_abc@thread.v2;messageid=1712345678901";
    public const string ActivityId = "1712345678901";
    public const string UserId = "29:1a2B3c4D5e";

    public static Activity Message(Uri serviceUrl, string? text, string channelId = ChannelIds.Teams, string tenantId = TestTokens.TenantId) => new()
    {
        Type = ActivityTypes.Message,
        Id = ActivityId,
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = serviceUrl.AbsoluteUri,
        ChannelId = channelId,
        From = new ChannelAccount { Id = UserId, Name = "Staff Member", AadObjectId = "00000000-0000-0000-0000-00000000abcd" },
        Recipient = new ChannelAccount { Id = $"28:{TestTokens.AppId}", Name = "KitaBot" },
        Conversation = new ConversationAccount { Id = ConversationId, ConversationType = "channel", IsGroup = true, TenantId = tenantId },
        Locale = "de-DE",
        Text = text,
        TextFormat = "plain",
        ChannelData = Json($$"""{"tenant":{"id":"{{tenantId}}"},"teamsChannelId":"19:general@thread.tacv2"}"""),
    };

    public static Activity Invoke(Uri serviceUrl, string name, string? valueJson)
    {
        var activity = Message(serviceUrl, null);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = name;
        activity.TextFormat = null;
        activity.Value = valueJson is null ? null : Json(valueJson);
        return activity;
    }

    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
