namespace KitaBot.Outbox;

/// <summary>Hands an e-mail to the mail system: an SMTP server, or the pickup folder an MTA collects from.</summary>
public interface IEmailSender
{
    /// <summary>Sends the e-mail; throws when it could not be handed over, so the outbox retries it.</summary>
    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken);
}
