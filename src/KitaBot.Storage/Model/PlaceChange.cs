namespace KitaBot.Storage.Model;

/// <summary>Wechselwunsch: the child already has a place and the family wants to change.</summary>
public sealed record PlaceChange(string? CurrentFacilityNote);
