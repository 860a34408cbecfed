using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Channels.DirectLine;

/// <summary>
/// Proactive delivery into web chat conversations (e.g. a status change noticed by staff): the activities are
/// stored in the transcript, pushed to open WebSockets, and found by polling clients and after a page reload.
/// </summary>
internal sealed class DirectLineChannelDelivery(DirectLineConversations conversations, ILogger<DirectLineChannelDelivery> logger) : IChannelDelivery
{
    public bool Serves(ConversationReference reference) =>
        reference.ChannelId == ChannelIds.DirectLine && reference.ServiceUrl == DirectLineConversations.ServiceUrl;

    public async Task DeliverAsync(ConversationReference reference, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var conversationId = reference.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId) || !await conversations.DeliverProactiveAsync(conversationId, activities, cancellationToken))
        {
            logger.LogWarning("Proactive delivery skipped: the web chat conversation no longer exists.");
        }
    }
}
