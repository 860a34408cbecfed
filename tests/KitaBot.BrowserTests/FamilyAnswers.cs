using KitaBot.Dialogs.Localization;

namespace KitaBot.BrowserTests;

/// <summary>What one family answers in a registration: one child, Kitas chosen from the search results.</summary>
public sealed record FamilyAnswers
{
    public required string Locale { get; init; }

    public required string FullName { get; init; }

    /// <summary>Unique per test: a known address would be greeted as a returning family.</summary>
    public required string Email { get; init; }

    public required string Phone { get; init; }

    /// <summary>A postcode of exactly one town, on a district portal, with more than one Ortsteil.</summary>
    public required string Postcode { get; init; }

    public required string Town { get; init; }

    public required string Ortsteil { get; init; }

    /// <summary>True when the town has few enough Ortsteile for the bot to offer them as buttons.</summary>
    public required bool OrtsteilIsButton { get; init; }

    public required string Street { get; init; }

    public required string ChildFirstName { get; init; }

    public required string ChildLastName { get; init; }

    public required DateOnly BirthDate { get; init; }

    public required DateOnly StartDate { get; init; }

    /// <summary><see cref="TextId.Hours25"/>, <see cref="TextId.Hours35"/> or <see cref="TextId.Hours45"/>.</summary>
    public required TextId Hours { get; init; }

    /// <summary>For 35 hours: <see cref="TextId.PatternBlock"/> or <see cref="TextId.PatternSplit"/>.</summary>
    public TextId? Pattern { get; init; }

    /// <summary>Free text, or "-" for none.</summary>
    public required string Siblings { get; init; }

    /// <summary><see cref="TextId.KitaAreaOrtsteil"/> or <see cref="TextId.KitaAreaTown"/>.</summary>
    public required TextId SearchArea { get; init; }

    /// <summary>The Kitas in the order they are picked, each with its comment ("-" for none).</summary>
    public required IReadOnlyList<KitaAnswer> Kitas { get; init; }

    /// <summary>The first choice, asked when more than one Kita was picked.</summary>
    public string? FirstChoice { get; init; }
}
