using KitaBot.Storage.Model;

namespace KitaBot.Storage.Abstractions;

/// <summary>Registrations (Vormerkungen): the family's release, staff status changes and queries.</summary>
public interface IRegistrationStore
{
    /// <summary>
    /// Creates all children and registrations of the release in one transaction, with a confirmation e-mail in the
    /// outbox. Idempotent per <see cref="ReleaseRequest.IdempotencyKey"/>. Throws <see cref="ArgumentException"/> for an
    /// invalid registration or a key another family used, <see cref="KeyNotFoundException"/> for an unknown family.
    /// </summary>
    Task<ReleaseResult> ReleaseAsync(ReleaseRequest request, CancellationToken cancellationToken);

    /// <summary>The registration with this reference number (any case), or null.</summary>
    Task<Registration?> FindByReferenceAsync(string referenceNumber, CancellationToken cancellationToken);

    /// <summary>Staff search, newest first.</summary>
    Task<RegistrationSearchPage> SearchAsync(RegistrationSearch search, CancellationToken cancellationToken);

    /// <summary>
    /// Changes the status if the row version still matches and the change is allowed; appends the history and queues
    /// a status notification to the family in the same transaction.
    /// </summary>
    Task<StatusChangeResult> ChangeStatusAsync(StatusChangeRequest request, CancellationToken cancellationToken);

    /// <summary>The family withdraws one of its own registrations.</summary>
    Task<StatusChangeResult> WithdrawAsync(Guid familyId, Guid registrationId, string? note, CancellationToken cancellationToken);
}
