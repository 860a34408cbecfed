namespace KitaBot.Storage.Model;

/// <summary>
/// What the family asks for in one registration: one facility (Kita) or a childminder, ranked among the child's
/// registrations. <see cref="Validate"/> states the rules every store enforces.
/// </summary>
/// <param name="FacilityId">The facility from the catalogue for a Kita registration; null for a childminder request.</param>
/// <param name="Rank">1 is the first choice.</param>
/// <param name="Pattern">Required for 35 hours, null otherwise.</param>
/// <param name="Inclusion">Null when no inclusive place is needed.</param>
/// <param name="PlaceChange">Null when the child has no place yet.</param>
/// <param name="Childminder">Required for a childminder request, null for a Kita.</param>
/// <param name="Comment">Bemerkungen.</param>
public sealed record RegistrationDetails(
    DistrictPortal Portal,
    CareType CareType,
    string? FacilityId,
    int Rank,
    DateOnly DesiredStart,
    WeeklyHours Hours,
    HoursPattern? Pattern,
    InclusionNeed? Inclusion,
    PlaceChange? PlaceChange,
    ChildminderRequest? Childminder,
    string? Comment)
{
    /// <summary>Throws <see cref="ArgumentException"/> when the combination is not a valid registration.</summary>
    public void Validate()
    {
        if (Rank < 1)
        {
            throw new ArgumentException("The rank starts at 1.", nameof(Rank));
        }

        if (!Enum.IsDefined(Hours))
        {
            throw new ArgumentException("Weekly hours are 25, 35 or 45.", nameof(Hours));
        }

        if ((Hours == WeeklyHours.Hours35) != Pattern.HasValue)
        {
            throw new ArgumentException("35 hours need a block or split pattern; other hours have none.", nameof(Pattern));
        }

        if (CareType == CareType.Kita && (string.IsNullOrWhiteSpace(FacilityId) || Childminder is not null))
        {
            throw new ArgumentException("A Kita registration names a facility and has no childminder request.", nameof(FacilityId));
        }

        if (CareType == CareType.Childminder && (FacilityId is not null || Childminder is null))
        {
            throw new ArgumentException("A childminder request has childminder details and no facility.", nameof(Childminder));
        }

        if (Childminder is { Contact: ChildminderContact.KnowsChildminder, ChildminderName: var name } && string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("Name the childminder the family knows.", nameof(Childminder));
        }
    }
}
