namespace KitaBot.Storage.Model;

/// <summary>One child of a release with the registrations made for it.</summary>
public sealed record ChildSubmission(NewChild Child, IReadOnlyList<RegistrationDetails> Registrations);
