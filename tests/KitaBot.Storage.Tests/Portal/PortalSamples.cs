using KitaBot.Storage.Model;

namespace KitaBot.Storage.Tests.Portal;

/// <summary>Realistic inputs for the portal tests.</summary>
public static class PortalSamples
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static NewFamily Family(string name = "Olena Kovalenko", string email = "olena.kovalenko@example.org") =>
        new(name, email, "+4929211234567", new PostalAddress("Hauptstraße", "12a", "59494", "soest-bad-sassendorf", "Ostinghausen"), "uk-UA");

    public static RegistrationDetails Kita(int rank, string facilityId = "kita-sonnenschein", DistrictPortal portal = DistrictPortal.KreisSoest) =>
        new(portal, CareType.Kita, facilityId, rank, new DateOnly(2026, 8, 1), WeeklyHours.Hours35, HoursPattern.Block, null, null, null, "Bitte Ganztags");

    public static RegistrationDetails Childminder(int rank) =>
        new(
            DistrictPortal.KreisSteinfurt,
            CareType.Childminder,
            null,
            rank,
            new DateOnly(2026, 9, 1),
            WeeklyHours.Hours25,
            null,
            new InclusionNeed("Hörgerät", Start),
            new PlaceChange("Kita Regenbogen, Emsdetten"),
            new ChildminderRequest(ChildminderContact.KnowsChildminder, "Frau Schulte", "Sie hat ab August Platz"),
            null);

    public static ChildSubmission Child(string firstName, string lastName, params RegistrationDetails[] registrations) =>
        new(new NewChild(firstName, lastName, new ChildBirthDate(new DateOnly(2024, 5, 17), false), "Bruder in der Kita Sonnenschein"), registrations);

    public static ReleaseRequest Release(Guid familyId, string key, params ChildSubmission[] children) => new(familyId, key, children);
}
