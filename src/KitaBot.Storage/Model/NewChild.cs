namespace KitaBot.Storage.Model;

/// <summary>A child as the family describes it at release.</summary>
/// <param name="SiblingsInCareNote">Siblings already in care (an allocation criterion), free text.</param>
public sealed record NewChild(string FirstName, string LastName, ChildBirthDate Birth, string? SiblingsInCareNote);
