using System.Net.WebSockets;
using Microsoft.Extensions.Options;

namespace KitaBot.Channels.DirectLine;

/// <summary>
/// Runs one WebSocket of a conversation: replays the stored activities from the watermark, then sends new ones as
/// they are stored, every non-empty frame an ActivitySet. Idle sockets get empty keep-alive frames; frames from the
/// client (its own "" keep-alives) are read and ignored. Only this loop sends, so sends never overlap.
/// </summary>
internal sealed class DirectLineStream(DirectLineConversations conversations, DirectLineStreamHub hub, IOptions<DirectLineOptions> options)
{
    public async Task RunAsync(WebSocket socket, string conversationId, long watermark, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var subscription = hub.Subscribe(conversationId);
        var receiving = ReceiveUntilClosedAsync(socket, stop);
        try
        {
            await SendLoopAsync(socket, conversationId, watermark, subscription, stop.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client went away or the server is stopping; the client reconnects via GET /conversations/{id}.
        }

        await stop.CancelAsync();
        await receiving;
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                using var closeTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, closeTimeout.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
            {
                // Nothing more to tell a client that is already gone.
            }
        }
    }

    private async Task SendLoopAsync(WebSocket socket, string conversationId, long watermark, StreamSubscription subscription, CancellationToken cancellationToken)
    {
        // Subscribed before the first read: anything stored from now on wakes the loop, so nothing falls in between.
        var next = await CatchUpAsync(socket, conversationId, watermark, cancellationToken);
        var keepAlive = options.Value.KeepAliveInterval;
        while (!cancellationToken.IsCancellationRequested)
        {
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            idle.CancelAfter(keepAlive);
            bool woken;
            try
            {
                woken = await subscription.Signals.WaitToReadAsync(idle.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                continue;
            }

            if (!woken)
            {
                return;
            }

            // Typing first (it announces what follows), then everything stored since the last frame. Every wake-up
            // catches up from the store, so a merged or dropped signal loses nothing.
            while (subscription.Signals.TryRead(out var ephemeral))
            {
                if (ephemeral is not null)
                {
                    await socket.SendAsync(ephemeral, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                }
            }

            next = await CatchUpAsync(socket, conversationId, next, cancellationToken);
        }
    }

    private async Task<long> CatchUpAsync(WebSocket socket, string conversationId, long next, CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await conversations.ReadAsync(conversationId, next, cancellationToken);
            if (page.Count == 0)
            {
                return next;
            }

            // One activity per frame: the client expands each frame on an async scheduler and merges the frames, so
            // a frame of several activities followed closely by another would reach the page out of order.
            foreach (var activity in page)
            {
                next = activity.Sequence + 1;
                var frame = ActivitySetWriter.Write([activity], next);
                await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
        }
    }

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Closed or aborted; the send loop is stopped below.
        }

        await stop.CancelAsync();
    }
}
