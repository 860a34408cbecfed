using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Registration.State;
using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Dialogs.Registration.Rules;

/// <summary>
/// Advice by the child's age at the start (SGB VIII § 24): under 1 the conditions for a place, 1 to 3 Kita or
/// childminder, from 3 the right to a Kita place.
/// </summary>
public static class AgeAdvice
{
    public static LocalizedText For(ChildDraft child)
    {
        var months = child.BirthDate is { } birth && child.DesiredStart is { } start ? ChildAge.InMonths(birth, start) : 0;
        return months switch
        {
            < 12 => TextId.AgeAdviceUnderOne,
            < 36 => TextId.AgeAdviceOneToThree,
            _ => TextId.AgeAdviceThreePlus,
        };
    }
}
