using KitaBot.Dialogs.Registration.State;
using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Dialogs.Registration.Rules;

/// <summary>
/// When a kita choice is a change request (Wechselwunsch): the child already has a place in the district.
/// The Kreis Soest guide's exception: moving from a childminder to a kita at age 3 or older is not one.
/// </summary>
public static class Wechselwunsch
{
    public static bool ChildminderToKitaAtThree(ChildDraft child) =>
        child is { HasPlaceAlready: true, CurrentPlaceIsChildminder: true, BirthDate: { } birth, DesiredStart: { } start }
        && ChildAge.InMonths(birth, start) >= 36;

    /// <summary>Whether to ask, for each chosen kita, if it is a change request.</summary>
    public static bool AppliesTo(ChildDraft child) => child.HasPlaceAlready == true && !ChildminderToKitaAtThree(child);
}
