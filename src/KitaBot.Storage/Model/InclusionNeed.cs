namespace KitaBot.Storage.Model;

/// <summary>
/// The child needs an inclusive place. This is health data, so it exists only with the family's explicit consent,
/// recorded with its time.
/// </summary>
public sealed record InclusionNeed(string? Note, DateTimeOffset HealthDataConsentAt);
