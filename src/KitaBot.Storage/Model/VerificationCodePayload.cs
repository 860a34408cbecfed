using System.Text.Json.Serialization;

namespace KitaBot.Storage.Model;

/// <summary>
/// A one-time code to e-mail. It is the only plaintext copy of the code; the outbox drops payloads once sent.
/// </summary>
public sealed record VerificationCodePayload(string Code, DateTimeOffset ExpiresAt) : OutboxPayload
{
    /// <inheritdoc />
    [JsonIgnore]
    public override OutboxMessageKind Kind => OutboxMessageKind.VerificationCode;
}
