using System.Text.Json;
using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Protocol;

/// <summary>
/// One Bot Framework activity, as in the Activity protocol schema. Field names are the wire names;
/// fields this model does not know are kept in <see cref="ExtensionData"/> so they survive a round trip.
/// </summary>
public sealed class Activity
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; set; }
    [JsonPropertyName("localTimestamp")] public DateTimeOffset? LocalTimestamp { get; set; }
    [JsonPropertyName("localTimezone")] public string? LocalTimezone { get; set; }
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; set; }
    [JsonPropertyName("channelId")] public string? ChannelId { get; set; }
    [JsonPropertyName("from")] public ChannelAccount? From { get; set; }
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; set; }
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; set; }
    [JsonPropertyName("textFormat")] public string? TextFormat { get; set; }
    [JsonPropertyName("attachmentLayout")] public string? AttachmentLayout { get; set; }
    [JsonPropertyName("membersAdded")] public IList<ChannelAccount>? MembersAdded { get; set; }
    [JsonPropertyName("membersRemoved")] public IList<ChannelAccount>? MembersRemoved { get; set; }
    [JsonPropertyName("reactionsAdded")] public IList<MessageReaction>? ReactionsAdded { get; set; }
    [JsonPropertyName("reactionsRemoved")] public IList<MessageReaction>? ReactionsRemoved { get; set; }
    [JsonPropertyName("topicName")] public string? TopicName { get; set; }
    [JsonPropertyName("historyDisclosed")] public bool? HistoryDisclosed { get; set; }
    [JsonPropertyName("locale")] public string? Locale { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("speak")] public string? Speak { get; set; }
    [JsonPropertyName("inputHint")] public string? InputHint { get; set; }
    [JsonPropertyName("summary")] public string? Summary { get; set; }
    [JsonPropertyName("suggestedActions")] public SuggestedActions? SuggestedActions { get; set; }
    [JsonPropertyName("attachments")] public IList<Attachment>? Attachments { get; set; }
    [JsonPropertyName("entities")] public IList<Entity>? Entities { get; set; }
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; set; }
    [JsonPropertyName("action")] public string? Action { get; set; }
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; set; }
    [JsonPropertyName("label")] public string? Label { get; set; }
    [JsonPropertyName("valueType")] public string? ValueType { get; set; }
    [JsonPropertyName("value")] public JsonElement? Value { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("relatesTo")] public ConversationReference? RelatesTo { get; set; }
    [JsonPropertyName("code")] public string? Code { get; set; }
    [JsonPropertyName("expiration")] public DateTimeOffset? Expiration { get; set; }
    [JsonPropertyName("importance")] public string? Importance { get; set; }
    [JsonPropertyName("deliveryMode")] public string? DeliveryMode { get; set; }
    [JsonPropertyName("listenFor")] public IList<string>? ListenFor { get; set; }
    [JsonPropertyName("textHighlights")] public IList<TextHighlight>? TextHighlights { get; set; }
    [JsonPropertyName("semanticAction")] public SemanticAction? SemanticAction { get; set; }
    [JsonPropertyName("callerId")] public string? CallerId { get; set; }

    /// <summary>Fields this model does not name, kept verbatim (spec A2005: accept fields you do not understand).</summary>
    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>What is needed to write into this conversation later (proactive messages).</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
    };

    /// <summary>Creates a reply addressed back to the sender of this activity, with from/recipient swapped.</summary>
    public Activity CreateReply(string type = ActivityTypes.Message)
    {
        var reply = new Activity
        {
            Type = type,
            ChannelId = ChannelId,
            ServiceUrl = ServiceUrl,
            Conversation = Conversation is null ? null : new ConversationAccount
            {
                Id = Conversation.Id,
                Name = Conversation.Name,
                IsGroup = Conversation.IsGroup,
                ConversationType = Conversation.ConversationType,
                TenantId = Conversation.TenantId,
            },
            From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name, Role = RoleTypes.Bot },
            Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, Role = From.Role, AadObjectId = From.AadObjectId },
            Locale = Locale,
        };

        // Direct Line and Web Chat omit replyToId on replies to conversationUpdate (the SDK does the same).
        var isWebConversationUpdate = Type == ActivityTypes.ConversationUpdate
            && (ChannelId == ChannelIds.DirectLine || ChannelId == ChannelIds.WebChat);
        if (!isWebConversationUpdate)
        {
            reply.ReplyToId = Id;
        }

        return reply;
    }
}
