namespace KitaBot.Storage.Model;

/// <summary>The family's registered main residence (the portals expect the Meldeadresse).</summary>
/// <param name="TownId">Municipality id from the town catalogue.</param>
/// <param name="Ortsteil">District of the municipality; the Kreis Soest portal requires it, null where unknown.</param>
public sealed record PostalAddress(string Street, string HouseNumber, string Postcode, string TownId, string? Ortsteil);
