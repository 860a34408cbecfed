namespace KitaBot.Storage.Model;

/// <summary>The childminder part of a registration with <see cref="CareType.Childminder"/>.</summary>
/// <param name="ChildminderName">Required when <paramref name="Contact"/> is <see cref="ChildminderContact.KnowsChildminder"/>.</param>
public sealed record ChildminderRequest(ChildminderContact Contact, string? ChildminderName, string? Comment);
