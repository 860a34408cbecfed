using System.Text.Json.Serialization;

namespace KitaBot.Storage.Model;

/// <summary>Confirmation of a release: the reference numbers the family can quote.</summary>
public sealed record ConfirmationEmailPayload(IReadOnlyList<string> ReferenceNumbers) : OutboxPayload
{
    /// <inheritdoc />
    [JsonIgnore]
    public override OutboxMessageKind Kind => OutboxMessageKind.ConfirmationEmail;
}
