using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Engine;

/// <summary>Storage keys, in the Bot Framework's shape: <c>{channelId}/conversations/{conversationId}</c>.</summary>
public static class StateKeys
{
    public static string Conversation(Activity activity)
    {
        var channel = activity.ChannelId;
        var conversation = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(channel) || string.IsNullOrEmpty(conversation))
        {
            throw new ArgumentException("An activity needs channelId and conversation.id.", nameof(activity));
        }

        return $"{channel}/conversations/{conversation}";
    }
}
