using System.Globalization;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Notifications;
using KitaBot.Dialogs.Registration.Rules;
using KitaBot.Dialogs.Registration.Saving;
using KitaBot.Dialogs.Registration.State;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Catalog;
using KitaBot.Storage.Model;

namespace KitaBot.Dialogs.Registration.Release;

/// <summary>
/// Turns the confirmed draft into the portal's registrations and submits them in one idempotent release: the
/// draft's release key makes a retry or a double click return the same reference numbers. The store queues the
/// confirmation e-mail in the same transaction, in the language the family speaks at the release. Afterwards the
/// draft holds no children.
/// </summary>
public sealed class RegistrationReleaser(
    IRegistrationStore registrations, FamilyLanguage familyLanguage, IFacilityDirectory facilities, OutboxSignal outbox)
{
    public async Task<IReadOnlyList<ReleasedItem>> ReleaseAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var state = turn.Kita();
        var draft = state.Draft;
        var familyId = state.FamilyId ?? throw new InvalidOperationException("Release needs a verified family account.");
        var portal = draft.Account.PortalId == PortalIds.KreisSteinfurt ? DistrictPortal.KreisSteinfurt : DistrictPortal.KreisSoest;
        draft.ReleaseKey ??= Guid.NewGuid();
        // A draft resumed in a conversation begun in another language is confirmed in the language of the release.
        await familyLanguage.KeepAsync(familyId, turn.Language, cancellationToken).ConfigureAwait(false);

        var request = new ReleaseRequest(
            familyId,
            draft.ReleaseKey.Value.ToString("N", CultureInfo.InvariantCulture),
            draft.Children.Select(child => Submission(child, portal, turn.TimeProvider)).ToList());
        var result = await registrations.ReleaseAsync(request, cancellationToken).ConfigureAwait(false);
        outbox.Notify();

        var items = new List<ReleasedItem>();
        var index = 0;
        foreach (var child in draft.Children)
        {
            foreach (var choice in child.KitaChoices)
            {
                items.Add(Item(result.Registrations[index++].ReferenceNumber, child, facilities.Find(choice.FacilityId)?.Name ?? choice.FacilityId));
            }

            if (child.Childminder is not null)
            {
                items.Add(Item(result.Registrations[index++].ReferenceNumber, child, kita: null));
            }
        }

        draft.Children.Clear();
        draft.CurrentChild = 0;
        draft.ReleaseKey = null;
        return items;
    }

    private static ReleasedItem Item(string reference, ChildDraft child, string? kita)
    {
        var name = TextArg.Plain("name", child.FirstName ?? string.Empty);
        var referenceArg = TextArg.Reference("reference", reference);
        return kita is null
            ? new ReleasedItem(reference, LocalizedText.Of(TextId.ReleasedChildminder, referenceArg, name), IsChildminder: true)
            : new ReleasedItem(reference, LocalizedText.Of(TextId.ReleasedKita, referenceArg, name, TextArg.Plain("kita", kita)), IsChildminder: false);
    }

    private static ChildSubmission Submission(ChildDraft child, DistrictPortal portal, TimeProvider time)
    {
        var hours = child.Hours ?? WeeklyHours.Hours35;
        var pattern = hours == WeeklyHours.Hours35 ? child.Pattern ?? HoursPattern.Block : (HoursPattern?)null;
        var inclusion = child.NeedsInclusivePlace == true
            ? new InclusionNeed(child.InclusionNote, child.HealthDataConsentAt ?? time.GetUtcNow())
            : null;
        var start = child.DesiredStart ?? throw new InvalidOperationException("A child without a start date cannot be released.");

        var registrations = child.KitaChoices.Select((choice, index) => new RegistrationDetails(
            portal, CareType.Kita, choice.FacilityId, index + 1, start, hours, pattern, inclusion,
            choice.IsChangeRequest ? new PlaceChange(null) : null, null, choice.Comment)).ToList();
        if (child.Childminder is { } childminder)
        {
            registrations.Add(new RegistrationDetails(
                portal, CareType.Childminder, null, registrations.Count + 1, start, hours, pattern, inclusion,
                child.HasPlaceAlready == true ? new PlaceChange(null) : null,
                new ChildminderRequest(childminder.Contact, childminder.KnownChildminderName, childminder.Comment),
                childminder.Comment));
        }

        var birth = child.BirthDate ?? throw new InvalidOperationException("A child without a birth or due date cannot be released.");
        return new ChildSubmission(
            new NewChild(child.FirstName ?? string.Empty, child.LastName ?? string.Empty, new ChildBirthDate(birth, child.Unborn), child.SiblingsInCare),
            registrations);
    }
}
