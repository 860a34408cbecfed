namespace KitaBot.Storage.Portal;

/// <summary>What a status change needs to know about a registration and whom to notify (null after erasure).</summary>
internal sealed record CurrentRegistration(
    Model.RegistrationStatus Status, long RowVersion, string ReferenceNumber, Guid? FamilyId, string? Email, string? LanguageTag);
