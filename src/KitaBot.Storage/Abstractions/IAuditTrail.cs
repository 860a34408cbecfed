using KitaBot.Storage.Model;

namespace KitaBot.Storage.Abstractions;

/// <summary>Reads the audit log the stores write in the same transactions as their changes.</summary>
public interface IAuditTrail
{
    /// <summary>Entries about one entity (family, registration), oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(Guid entityId, CancellationToken cancellationToken);
}
