using System.Collections.Immutable;

namespace KitaBot.Storage.Catalog.Model;

/// <summary>A Fachberatung Kindertagespflege that matches families with childminders in the towns it covers.</summary>
public sealed record ChildminderService(
    string Id,
    string Name,
    string Provider,
    ImmutableArray<string> TownIds,
    string? Phone,
    string? Email,
    PostalAddress Address,
    bool Fictional,
    string Source,
    string? Note);
