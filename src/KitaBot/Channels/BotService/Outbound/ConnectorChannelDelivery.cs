using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Channels.BotService.Outbound;

/// <summary>
/// Delivers activities to conversations that reach KitaBot through Azure Bot Service (Teams, Azure Web Chat,
/// Emulator): the replies of a turn, proactive messages, and <c>typing</c> while slow work continues.
/// </summary>
public sealed class ConnectorChannelDelivery : IChannelDelivery
{
    private readonly ConnectorClient _connector;
    private readonly TrustedServiceUrls _trustedServiceUrls;

    internal ConnectorChannelDelivery(ConnectorClient connector, TrustedServiceUrls trustedServiceUrls)
    {
        _connector = connector;
        _trustedServiceUrls = trustedServiceUrls;
    }

    /// <summary>Serves conversations whose service URL came in on <c>/api/messages</c> or is on the host allow-list.</summary>
    public bool Serves(ConversationReference reference) =>
        TrustedServiceUrls.TryParse(reference.ServiceUrl, out var serviceUrl) && _trustedServiceUrls.IsTrusted(serviceUrl);

    public async Task DeliverAsync(ConversationReference reference, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        foreach (var activity in activities)
        {
            AddressTo(activity, reference);
        }

        await SendInOrderAsync(activities, cancellationToken);
    }

    /// <summary>Shows the typing indicator in the conversation, for work that will take a moment.</summary>
    public Task SendTypingAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var typing = new Activity { Type = ActivityTypes.Typing };
        AddressTo(typing, reference);
        return _connector.SendAsync(typing, cancellationToken);
    }

    /// <summary>Sends the replies of a turn in order. Trace activities go only to the Emulator, as the SDK does.</summary>
    internal async Task SendInOrderAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        foreach (var activity in activities)
        {
            var isTraceForOtherChannel = activity.Type == ActivityTypes.Trace && activity.ChannelId != ChannelIds.Emulator;
            if (!isTraceForOtherChannel)
            {
                await _connector.SendAsync(activity, cancellationToken);
            }
        }
    }

    /// <summary>Fills in the addressing a proactive activity leaves out, from the stored reference.</summary>
    private static void AddressTo(Activity activity, ConversationReference reference)
    {
        activity.ChannelId ??= reference.ChannelId;
        activity.ServiceUrl ??= reference.ServiceUrl;
        activity.Conversation ??= reference.Conversation;
        activity.From ??= reference.Bot;
        activity.Recipient ??= reference.User;
        activity.Locale ??= reference.Locale;
    }
}
