namespace KitaBot.Storage.Model;

/// <summary>A registration's new status, with the answer deadline of an offer.</summary>
public sealed record StatusNotificationPayload(string ReferenceNumber, RegistrationStatus Status, DateOnly? OfferDeadline) : OutboxPayload
{
    /// <inheritdoc />
    public override OutboxMessageKind Kind => OutboxMessageKind.StatusNotification;
}
