namespace KitaBot.Storage.Model;

/// <summary>A released registration (Vormerkung) with its current status and full history, oldest first.</summary>
/// <param name="ReferenceNumber">Shown to the family and staff, e.g. <c>KB-2026-7K3M9Q</c>.</param>
/// <param name="ChildId">Null once the family's data was erased.</param>
/// <param name="RowVersion">Optimistic concurrency token: pass it back when changing the status.</param>
/// <param name="ErasedAt">When the family's personal data was removed from this registration, if it was.</param>
public sealed record Registration(
    Guid Id,
    string ReferenceNumber,
    Guid? ChildId,
    RegistrationDetails Details,
    RegistrationStatus Status,
    DateOnly? OfferDeadline,
    long RowVersion,
    IReadOnlyList<StatusChange> History,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ErasedAt);
