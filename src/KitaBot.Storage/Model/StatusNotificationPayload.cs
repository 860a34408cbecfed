using System.Text.Json.Serialization;

namespace KitaBot.Storage.Model;

/// <summary>A registration's new status, with the answer deadline of an offer.</summary>
public sealed record StatusNotificationPayload(string ReferenceNumber, RegistrationStatus Status, DateOnly? OfferDeadline) : OutboxPayload
{
    /// <inheritdoc />
    [JsonIgnore]
    public override OutboxMessageKind Kind => OutboxMessageKind.StatusNotification;
}
