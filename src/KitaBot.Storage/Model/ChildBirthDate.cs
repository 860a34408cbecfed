namespace KitaBot.Storage.Model;

/// <summary>A child's date of birth, or the due date of a child not yet born.</summary>
public sealed record ChildBirthDate(DateOnly Date, bool IsDueDate);
