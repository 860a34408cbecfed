using System.Collections.Concurrent;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Tests.Outbox;

/// <summary>
/// The test's channel (the remote end a proactive message goes to): serves conversations on
/// <see cref="OutboxSamples.TestChannel"/>, records what arrives, and can be made to refuse deliveries, like a
/// channel that is briefly down.
/// </summary>
internal sealed class RecordingChannelDelivery : IChannelDelivery
{
    private int _refusals;

    public ConcurrentQueue<(ConversationReference Reference, Activity Activity)> Delivered { get; } = new();

    public void RefuseNext(int count) => Volatile.Write(ref _refusals, count);

    public bool Serves(ConversationReference reference) => reference.ChannelId == OutboxSamples.TestChannel;

    public Task DeliverAsync(ConversationReference reference, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _refusals) >= 0)
        {
            throw new HttpRequestException("The channel is unavailable.");
        }

        foreach (var activity in activities)
        {
            Delivered.Enqueue((reference, activity));
        }

        return Task.CompletedTask;
    }
}
