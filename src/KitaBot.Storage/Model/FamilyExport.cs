namespace KitaBot.Storage.Model;

/// <summary>Everything stored about a family (GDPR Art. 15/20), serialisable with <see cref="StorageJsonContext"/>.</summary>
public sealed record FamilyExport(DateTimeOffset ExportedAt, Family Family, IReadOnlyList<ChildRegistrations> Children, IReadOnlyList<AuditEntry> AuditTrail);
