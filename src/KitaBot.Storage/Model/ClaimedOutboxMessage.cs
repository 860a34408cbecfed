namespace KitaBot.Storage.Model;

/// <summary>
/// A message leased to one sender. Report the outcome with <see cref="LeaseToken"/>; once the lease ran out another
/// sender may claim it, so the lease must outlast the send.
/// </summary>
/// <param name="Attempt">1 for the first try.</param>
public sealed record ClaimedOutboxMessage(Guid Id, Guid LeaseToken, OutboxMessage Message, int Attempt);
