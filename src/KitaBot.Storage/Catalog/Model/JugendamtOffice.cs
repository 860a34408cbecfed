using System.Collections.Immutable;

namespace KitaBot.Storage.Catalog.Model;

/// <summary>
/// A youth welfare office a family can be routed to. <see cref="Unverified"/> names the fields (address, phone,
/// email, website) that come from general knowledge rather than a cited source, so the bot can say so.
/// </summary>
public sealed record JugendamtOffice(
    string Id,
    string Name,
    JugendamtKind Kind,
    PostalAddress Address,
    string? Phone,
    string? Email,
    string? Website,
    ImmutableArray<string> Unverified,
    ImmutableArray<string> Sources)
{
    public bool IsVerified(string field) => !Unverified.Contains(field, StringComparer.Ordinal);
}
