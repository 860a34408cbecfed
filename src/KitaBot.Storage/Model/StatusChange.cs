namespace KitaBot.Storage.Model;

/// <summary>One entry of a registration's status history.</summary>
public sealed record StatusChange(RegistrationStatus Status, DateTimeOffset At, Actor By, string? Note, DateOnly? OfferDeadline);
