namespace KitaBot.Storage.Model;

/// <summary>What a release created; <see cref="IsReplay"/> is true when the idempotency key had been used before.</summary>
public sealed record ReleaseResult(IReadOnlyList<ReleasedRegistration> Registrations, bool IsReplay);
