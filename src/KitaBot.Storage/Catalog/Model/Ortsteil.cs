using System.Collections.Immutable;

namespace KitaBot.Storage.Catalog.Model;

/// <summary>A district of a town (Ortsteil), the value the Kreis Soest portal requires.</summary>
public sealed record Ortsteil(string Name, ImmutableArray<string> Aliases, bool Verified);
