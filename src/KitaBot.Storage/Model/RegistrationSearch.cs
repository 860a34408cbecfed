namespace KitaBot.Storage.Model;

/// <summary>Staff search; every filter that is set must match. Pages count from 0.</summary>
/// <param name="ReferenceNumber">Exact reference number, any case.</param>
/// <param name="NamePrefix">Start of the child's last name or of the guardian's name, any case.</param>
public sealed record RegistrationSearch(
    string? ReferenceNumber = null,
    string? NamePrefix = null,
    RegistrationStatus? Status = null,
    DistrictPortal? Portal = null,
    int Page = 0,
    int PageSize = 50);
