namespace KitaBot.Storage.Model;

/// <summary>A staff member changes a registration's status.</summary>
/// <param name="ExpectedRowVersion">The <see cref="Registration.RowVersion"/> the staff member saw.</param>
/// <param name="Note">Shown in the history; no personal data beyond what the case needs.</param>
/// <param name="OfferDeadline">Required for <see cref="RegistrationStatus.Offered"/>, ignored otherwise.</param>
public sealed record StatusChangeRequest(
    Guid RegistrationId,
    long ExpectedRowVersion,
    RegistrationStatus NewStatus,
    Actor By,
    string? Note,
    DateOnly? OfferDeadline);
