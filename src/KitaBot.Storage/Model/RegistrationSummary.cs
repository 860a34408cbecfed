namespace KitaBot.Storage.Model;

/// <summary>One row of a staff search; names are null for erased registrations.</summary>
public sealed record RegistrationSummary(
    Guid RegistrationId,
    string ReferenceNumber,
    DistrictPortal Portal,
    RegistrationStatus Status,
    CareType CareType,
    string? FacilityId,
    int Rank,
    DateOnly DesiredStart,
    string? ChildFirstName,
    string? ChildLastName,
    string? FamilyName,
    long RowVersion,
    DateTimeOffset UpdatedAt);
