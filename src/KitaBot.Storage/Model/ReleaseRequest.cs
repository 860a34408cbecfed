namespace KitaBot.Storage.Model;

/// <summary>
/// The family's explicit release ("freigeben") of everything it entered.
/// </summary>
/// <param name="IdempotencyKey">
/// Chosen by the caller once per release attempt (e.g. conversation id + summary hash): a retry or double click with
/// the same key returns the first result and creates nothing new.
/// </param>
public sealed record ReleaseRequest(Guid FamilyId, string IdempotencyKey, IReadOnlyList<ChildSubmission> Children);
