using System.Threading.Channels;

namespace KitaBot.Channels.DirectLine;

/// <summary>
/// One open WebSocket's wake-up signals from <see cref="DirectLineStreamHub"/>. A null item means "new activities
/// were stored"; a non-null item is a ready ephemeral frame (typing). Disposing unsubscribes.
/// </summary>
internal sealed class StreamSubscription(Channel<byte[]?> channel, Action<StreamSubscription> unsubscribe) : IDisposable
{
    public ChannelReader<byte[]?> Signals => channel.Reader;

    public void Signal(byte[]? ephemeralFrame) => channel.Writer.TryWrite(ephemeralFrame);

    public void Dispose()
    {
        unsubscribe(this);
        channel.Writer.TryComplete();
    }
}
