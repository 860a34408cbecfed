using KitaBot.Dialogs.Localization;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Catalog;
using KitaBot.Storage.Model;

namespace KitaBot.Dialogs.Notifications;

/// <summary>
/// The words for a status notification, shared by the e-mail and the chat message, so both say the same:
/// the reference number, the Kita (or Kindertagespflege), the new status and, for an offer, the answer deadline.
/// </summary>
public sealed class StatusNotificationTexts(IRegistrationStore registrations, IFacilityDirectory facilities, TextCatalog texts)
{
    /// <summary>Looks up what the registration is for; throws when the reference number is unknown.</summary>
    public async Task<StatusNews> DescribeAsync(StatusNotificationPayload payload, CancellationToken cancellationToken)
    {
        var registration = await registrations.FindByReferenceAsync(payload.ReferenceNumber, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("A status notification refers to a registration that does not exist.");
        var facilityName = registration.Details.FacilityId is { } facilityId ? facilities.Find(facilityId)?.Name ?? facilityId : null;
        return new StatusNews(payload.ReferenceNumber, payload.Status, payload.OfferDeadline, facilityName);
    }

    /// <summary>The one-paragraph message, e.g. "News about your registration KB-… (Kita Sonnenschein): on the waiting list."</summary>
    public LocalizedText Message(StatusNews news, Language language)
    {
        var isOffer = news is { Status: RegistrationStatus.Offered, OfferDeadline: not null };
        return LocalizedText.Of(
            isOffer ? TextId.StatusChangedOfferNotification : TextId.StatusChangedNotification,
            TextArg.Reference("reference", news.ReferenceNumber),
            TextArg.Plain("what", news.FacilityName ?? texts.Term(GlossaryTerm.Kindertagespflege, language)),
            TextArg.Nested("status", StatusName(news.Status)),
            TextArg.Date("deadline", news.OfferDeadline ?? DateOnly.MinValue));
    }

    /// <summary>The subject line of the status e-mail.</summary>
    public static LocalizedText Subject(StatusNews news) =>
        LocalizedText.Of(TextId.EmailStatusSubject, TextArg.Reference("reference", news.ReferenceNumber));

    /// <summary>The words for a status, as the family reads them in the chat, the status list and e-mails.</summary>
    public static TextId StatusName(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Draft => TextId.StatusDraft,
        RegistrationStatus.Released => TextId.StatusReleased,
        RegistrationStatus.OnWaitlist => TextId.StatusOnWaitlist,
        RegistrationStatus.Offered => TextId.StatusOffered,
        RegistrationStatus.Accepted => TextId.StatusAccepted,
        RegistrationStatus.Declined => TextId.StatusDeclined,
        RegistrationStatus.ContractSigned => TextId.StatusContractSigned,
        RegistrationStatus.Withdrawn => TextId.StatusWithdrawnState,
        RegistrationStatus.Paused => TextId.StatusPaused,
        RegistrationStatus.CarriedOver => TextId.StatusCarriedOver,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown registration status."),
    };
}
