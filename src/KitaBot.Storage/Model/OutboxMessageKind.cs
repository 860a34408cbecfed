namespace KitaBot.Storage.Model;

/// <summary>What an outbox message is; stored as <c>confirmation-email</c>, <c>status-notification</c>, <c>verification-code</c>.</summary>
public enum OutboxMessageKind
{
    /// <summary>Confirms a release with its reference numbers.</summary>
    ConfirmationEmail,

    /// <summary>Tells the family a registration's status changed.</summary>
    StatusNotification,

    /// <summary>Sends an e-mail verification code.</summary>
    VerificationCode,
}
