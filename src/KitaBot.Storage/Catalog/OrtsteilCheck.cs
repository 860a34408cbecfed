using System.Collections.Immutable;
using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Storage.Catalog;

/// <summary>
/// The result of checking an Ortsteil. <see cref="Match"/> is the canonical Ortsteil when the text matched a name or
/// alias; otherwise <see cref="Suggestions"/> holds close names. When the town's list is known to be incomplete,
/// an unknown name may be accepted as free text (<see cref="MayAcceptAsFreeText"/>).
/// </summary>
public sealed record OrtsteilCheck(Ortsteil? Match, ImmutableArray<Ortsteil> Suggestions, bool ListIsComplete)
{
    public bool IsKnown => Match is not null;

    public bool MayAcceptAsFreeText => Match is null && !ListIsComplete;
}
