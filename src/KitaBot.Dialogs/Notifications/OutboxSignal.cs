namespace KitaBot.Dialogs.Notifications;

/// <summary>
/// Wakes the outbox dispatcher early: whoever commits an outbox message (a release, a status change, a code) calls
/// <see cref="Notify"/>, so the e-mail leaves at once instead of at the next poll. A singleton.
/// </summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _pending = new(0, 1);
    private readonly TimeProvider _time;

    public OutboxSignal(TimeProvider time) => _time = time;

    /// <summary>Something is due; several calls before the dispatcher wakes count as one.</summary>
    public void Notify()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled and not yet consumed: the next pass sees everything.
        }
    }

    /// <summary>Waits for a signal or the timeout; true when signalled.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var expiry = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(expiry.Token, cancellationToken);
        try
        {
            await _pending.WaitAsync(linked.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public void Dispose() => _pending.Dispose();
}
