namespace KitaBot.Storage.Model;

/// <summary>A stored child of a family.</summary>
public sealed record Child(Guid Id, Guid FamilyId, string FirstName, string LastName, ChildBirthDate Birth, string? SiblingsInCareNote);
