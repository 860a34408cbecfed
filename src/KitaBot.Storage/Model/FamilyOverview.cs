namespace KitaBot.Storage.Model;

/// <summary>A family with its children and their registrations' current status.</summary>
public sealed record FamilyOverview(Family Family, IReadOnlyList<ChildRegistrations> Children);
