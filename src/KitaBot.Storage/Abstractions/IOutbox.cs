using KitaBot.Storage.Model;

namespace KitaBot.Storage.Abstractions;

/// <summary>
/// Messages that must go out because something was committed. Senders claim due messages under a lease, so two bot
/// instances never work on the same message, and report the outcome with the lease token.
/// </summary>
public interface IOutbox
{
    /// <summary>Queues a message due now; returns its id.</summary>
    Task<Guid> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Leases up to <paramref name="maxMessages"/> due messages for <paramref name="lease"/>.</summary>
    Task<IReadOnlyList<ClaimedOutboxMessage>> ClaimDueAsync(int maxMessages, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Records the send and drops the payload; false when the lease was lost to another sender.</summary>
    Task<bool> MarkSentAsync(Guid messageId, Guid leaseToken, CancellationToken cancellationToken);

    /// <summary>
    /// Releases the lease and schedules a retry after <paramref name="retryAfter"/> or an exponential backoff; after
    /// the last attempt the message is parked as failed (kept, never deleted). <paramref name="reason"/> is an error
    /// code, not message text. False when the lease was lost.
    /// </summary>
    Task<bool> MarkFailedAsync(Guid messageId, Guid leaseToken, string reason, TimeSpan? retryAfter, CancellationToken cancellationToken);
}
