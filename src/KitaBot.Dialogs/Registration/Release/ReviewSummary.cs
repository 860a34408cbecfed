using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Registration.State;
using KitaBot.Storage.Catalog;
using KitaBot.Storage.Model;

namespace KitaBot.Dialogs.Registration.Release;

/// <summary>The "check your answers" text: each child with every answer and each registration's status light.</summary>
public sealed class ReviewSummary(IFacilityDirectory facilities)
{
    public IReadOnlyList<LocalizedText> Lines(RegistrationDraft draft)
    {
        var lines = new List<LocalizedText> { TextId.ReviewIntro };
        foreach (var child in draft.Children)
        {
            var name = TextArg.Plain("name", $"{child.FirstName} {child.LastName}");
            if (child.BirthDate is { } birth)
            {
                lines.Add(LocalizedText.Of(child.Unborn ? TextId.ReviewChildDue : TextId.ReviewChildBorn, name, TextArg.Date("date", birth)));
            }

            if (child.DesiredStart is { } start)
            {
                lines.Add(LocalizedText.Of(TextId.ReviewStart, TextArg.Date("date", start)));
            }

            lines.Add(LocalizedText.Of(TextId.ReviewHours, TextArg.Nested("hours", HoursText(child))));
            lines.Add(child.NeedsInclusivePlace == true ? TextId.ReviewInclusiveYes : TextId.ReviewInclusiveNo);
            if (child.InclusionNote is { } note)
            {
                lines.Add(LocalizedText.Of(TextId.ReviewInclusionNote, TextArg.Plain("note", note)));
            }

            lines.Add(child.HasPlaceAlready == true ? TextId.ReviewHasPlace : TextId.ReviewNoPlace);
            if (child.SiblingsInCare is { } siblings)
            {
                lines.Add(LocalizedText.Of(TextId.ReviewSiblings, TextArg.Plain("siblings", siblings)));
            }

            for (var rank = 0; rank < child.KitaChoices.Count; rank++)
            {
                var choice = child.KitaChoices[rank];
                lines.Add(LocalizedText.Of(choice.IsChangeRequest ? TextId.ReviewKitaChangeRequest : TextId.ReviewKita,
                    TextArg.Number("rank", rank + 1),
                    TextArg.Plain("kita", facilities.Find(choice.FacilityId)?.Name ?? choice.FacilityId),
                    TextArg.Plain("comment", choice.Comment ?? "-")));
            }

            if (child.Childminder is { } childminder)
            {
                lines.Add(childminder.Contact == ChildminderContact.KnowsChildminder
                    ? LocalizedText.Of(TextId.ReviewChildminderKnown, TextArg.Plain("childminder", childminder.KnownChildminderName ?? "-"))
                    : TextId.ReviewChildminderContacts);
                if (childminder.Comment is { } comment)
                {
                    lines.Add(LocalizedText.Of(TextId.ReviewChildminderComment, TextArg.Plain("comment", comment)));
                }
            }
        }

        return lines;
    }

    private static TextId HoursText(ChildDraft child) => (child.Hours, child.Pattern) switch
    {
        (WeeklyHours.Hours25, _) => TextId.Hours25,
        (WeeklyHours.Hours35, HoursPattern.Block) => TextId.Hours35Block,
        (WeeklyHours.Hours35, _) => TextId.Hours35Split,
        _ => TextId.Hours45,
    };
}
