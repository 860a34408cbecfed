using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Engine;

/// <summary>
/// Delivers activities into a conversation outside a turn (proactive messages: status changes, staff replies).
/// Each channel family (Direct Line, Bot Service connector) provides one.
/// </summary>
public interface IChannelDelivery
{
    /// <summary>Whether this delivery serves the conversation's channel.</summary>
    bool Serves(ConversationReference reference);

    Task DeliverAsync(ConversationReference reference, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);
}
