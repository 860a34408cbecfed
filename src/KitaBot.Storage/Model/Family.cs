namespace KitaBot.Storage.Model;

/// <summary>A family's account: the guardian who registers and how to reach them.</summary>
/// <param name="Email">As entered; unique regardless of case.</param>
/// <param name="Phone">E.164, e.g. <c>+4929211234567</c>.</param>
/// <param name="LanguageTag">Preferred language as a BCP 47 tag, e.g. <c>uk-UA</c>.</param>
public sealed record Family(
    Guid Id,
    string Name,
    string Email,
    string Phone,
    PostalAddress Address,
    string LanguageTag,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
