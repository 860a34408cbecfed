using System.Threading.Channels;

namespace KitaBot.Channels.DirectLine;

/// <summary>
/// Knows the open WebSockets of each conversation on this instance and wakes them when activities were stored or
/// an ephemeral activity (typing) is to be pushed. The sockets read stored activities themselves, from their own
/// watermark, so a wake-up can be dropped or merged without losing or duplicating anything.
/// </summary>
internal sealed class DirectLineStreamHub
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<StreamSubscription>> _subscriptions = new(StringComparer.Ordinal);

    public StreamSubscription Subscribe(string conversationId)
    {
        // Bounded, dropping the oldest: every wake-up makes the socket catch up from the store anyway.
        var channel = Channel.CreateBounded<byte[]?>(new BoundedChannelOptions(32)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var subscription = new StreamSubscription(channel, removed => Remove(conversationId, removed));
        lock (_lock)
        {
            if (!_subscriptions.TryGetValue(conversationId, out var list))
            {
                list = [];
                _subscriptions[conversationId] = list;
            }

            list.Add(subscription);
        }

        return subscription;
    }

    /// <summary>Wakes the conversation's sockets to send what was stored since their watermark.</summary>
    public void NotifyStored(string conversationId) => Publish(conversationId, null);

    /// <summary>Pushes a frame that is not stored (typing) to the conversation's open sockets.</summary>
    public void PushEphemeral(string conversationId, byte[] frame) => Publish(conversationId, frame);

    private void Publish(string conversationId, byte[]? frame)
    {
        StreamSubscription[] targets;
        lock (_lock)
        {
            if (!_subscriptions.TryGetValue(conversationId, out var list))
            {
                return;
            }

            targets = [.. list];
        }

        foreach (var target in targets)
        {
            target.Signal(frame);
        }
    }

    private void Remove(string conversationId, StreamSubscription subscription)
    {
        lock (_lock)
        {
            if (_subscriptions.TryGetValue(conversationId, out var list) && list.Remove(subscription) && list.Count == 0)
            {
                _subscriptions.Remove(conversationId);
            }
        }
    }
}
