namespace KitaBot.Storage.Catalog.Model;

/// <summary>The Träger of a facility.</summary>
public sealed record FacilityProvider(string Name, ProviderType Type);
