using System.Collections.Immutable;
using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Storage.Catalog;

/// <summary>A town using a postcode and the Ortsteile the family has to choose from.</summary>
public sealed record PostcodeMatch(Town Town, ImmutableArray<Ortsteil> Ortsteile);
