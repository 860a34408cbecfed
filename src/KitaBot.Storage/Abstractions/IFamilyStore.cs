using KitaBot.Storage.Model;

namespace KitaBot.Storage.Abstractions;

/// <summary>Family accounts and their children, plus the family's rights to see, export and erase its data.</summary>
public interface IFamilyStore
{
    /// <summary>Creates the account; throws <see cref="DuplicateEmailException"/> when the e-mail is taken (any case).</summary>
    Task<Family> CreateAsync(NewFamily family, CancellationToken cancellationToken);

    /// <summary>The family with this id, or null.</summary>
    Task<Family?> GetAsync(Guid familyId, CancellationToken cancellationToken);

    /// <summary>The family with this e-mail compared without case, or null.</summary>
    Task<Family?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>Replaces name, phone, address and language; null when the family does not exist.</summary>
    Task<Family?> UpdateContactDetailsAsync(Guid familyId, ContactDetails details, CancellationToken cancellationToken);

    /// <summary>The family's children and their registrations with current status, or null.</summary>
    Task<FamilyOverview?> GetOverviewAsync(Guid familyId, CancellationToken cancellationToken);

    /// <summary>Everything stored about the family, or null.</summary>
    Task<FamilyExport?> ExportAsync(Guid familyId, CancellationToken cancellationToken);

    /// <summary>
    /// GDPR erasure. The family, its children, its verification codes and its outbox messages are deleted. Its
    /// registrations stay as anonymous records (reference number, portal, facility, dates, status history without
    /// notes) because the allocation process and the Jugendamt's statistics refer to them; open ones are withdrawn.
    /// Returns false when the family does not exist.
    /// </summary>
    Task<bool> EraseAsync(Guid familyId, Actor by, CancellationToken cancellationToken);
}
