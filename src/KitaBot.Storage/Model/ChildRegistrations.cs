namespace KitaBot.Storage.Model;

/// <summary>A child with all its registrations.</summary>
public sealed record ChildRegistrations(Child Child, IReadOnlyList<Registration> Registrations);
