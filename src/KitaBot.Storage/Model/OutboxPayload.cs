using System.Text.Json.Serialization;

namespace KitaBot.Storage.Model;

/// <summary>
/// The typed content of an outbox message. Stored as JSON with a stable <c>kind</c> discriminator, never a CLR type name.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ConfirmationEmailPayload), "confirmation-email")]
[JsonDerivedType(typeof(StatusNotificationPayload), "status-notification")]
[JsonDerivedType(typeof(VerificationCodePayload), "verification-code")]
public abstract record OutboxPayload
{
    /// <summary>The message kind this payload belongs to.</summary>
    [JsonIgnore]
    public abstract OutboxMessageKind Kind { get; }
}
