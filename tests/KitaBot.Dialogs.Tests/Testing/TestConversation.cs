using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Tests.Testing;

/// <summary>
/// Makes the user's activities for one conversation, as a channel would: ids in order, timestamps from the
/// test clock (UTC, and Berlin local time with its offset), the user as sender and the bot as recipient.
/// </summary>
public sealed class TestConversation
{
    private readonly TimeProvider _time;
    private int _lastId;

    public TestConversation(TimeProvider time, string channelId = ChannelIds.Test, string? conversationId = null, string? locale = "en-GB")
    {
        _time = time;
        ChannelId = channelId;
        ConversationId = conversationId ?? "conv-" + Guid.NewGuid().ToString("N")[..12];
        Locale = locale;
    }

    public string ChannelId { get; }

    public string ConversationId { get; }

    /// <summary>The locale the user's client reports on each activity.</summary>
    public string? Locale { get; set; }

    public ChannelAccount User { get; } = new() { Id = "user-1", Name = "Test User", Role = RoleTypes.User };

    public ChannelAccount Bot { get; } = new() { Id = "kitabot", Name = "KitaBot", Role = RoleTypes.Bot };

    public Activity Message(string? text)
    {
        var activity = Create(ActivityTypes.Message);
        activity.Text = text;
        return activity;
    }

    /// <summary>A card submit or button click: <c>value</c> set and no text, as Teams and Web Chat send it.</summary>
    public Activity Submit(JsonElement value)
    {
        var activity = Create(ActivityTypes.Message);
        activity.Value = value;
        return activity;
    }

    /// <summary>A submit of <c>{"answer": "…"}</c>, what KitaBot's buttons post back.</summary>
    public Activity SubmitAnswer(string answer)
    {
        var value = new JsonObject { [PromptInput.AnswerProperty] = answer };
        using var document = JsonDocument.Parse(value.ToJsonString());
        return Submit(document.RootElement.Clone());
    }

    public Activity ConversationUpdate()
    {
        var activity = Create(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [Bot, User];
        return activity;
    }

    /// <summary>An activity of any type, e.g. <c>event</c> or <c>typing</c>.</summary>
    public Activity OfType(string? type) => Create(type);

    private Activity Create(string? type)
    {
        var now = _time.GetUtcNow();
        return new Activity
        {
            Type = type,
            Id = (++_lastId).ToString(CultureInfo.InvariantCulture),
            Timestamp = now,
            LocalTimestamp = TimeZoneInfo.ConvertTime(now, _time.LocalTimeZone),
            ChannelId = ChannelId,
            ServiceUrl = "http://127.0.0.1/test-channel/",
            From = User,
            Recipient = Bot,
            Conversation = new ConversationAccount { Id = ConversationId },
            Locale = Locale,
        };
    }
}
