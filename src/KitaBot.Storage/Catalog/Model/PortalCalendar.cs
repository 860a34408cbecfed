namespace KitaBot.Storage.Catalog.Model;

/// <summary>
/// The registration cycle of one portal for one Kita year. Dates change every year, so they are data.
/// <see cref="Confirmed"/> is false for cycles projected from an earlier year.
/// </summary>
public sealed record PortalCalendar(
    KitaYear KitaYear,
    DateOnly Opens,
    DateOnly SoftDeadline,
    DateOnly? ReviewFrom,
    DateOnly? ReviewUntil,
    DateOnly? OffersFrom,
    int? DecisionWindowDays,
    DateOnly? AllocationUntil,
    bool Confirmed,
    string Source);
