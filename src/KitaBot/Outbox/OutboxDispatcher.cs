using System.Net.Mail;
using KitaBot.Dialogs.Notifications;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Model;
using Microsoft.Extensions.Options;

namespace KitaBot.Outbox;

/// <summary>
/// Delivers what the outbox holds. Each pass claims due messages under a lease (so another instance never works on
/// the same message), composes and sends each one, and marks it sent, or failed with a backoff so a later pass
/// retries it. A status notification is also posted to the family's last conversation; each of its two parts is
/// recorded once done, so a retry repeats only the part that failed. Logs carry ids, kinds and error codes, never
/// contents, addresses or codes.
/// </summary>
public sealed class OutboxDispatcher(
    IOutbox outbox,
    EmailComposer composer,
    IEmailSender sender,
    StatusChatNotifier chat,
    DeliveryMarkers markers,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;

    /// <summary>One pass: claims up to a batch of due messages and handles each; returns how many were claimed.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var claimed = await outbox.ClaimDueAsync(_options.BatchSize, _options.Lease, cancellationToken);
        foreach (var message in claimed)
        {
            await DispatchAsync(message, cancellationToken);
        }

        return claimed.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var batchWasFull = false;
            try
            {
                batchWasFull = await DispatchDueAsync(stoppingToken) >= _options.BatchSize;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database may be away for a moment; the next pass tries again.
                logger.LogError("An outbox pass failed: {ExceptionType}", exception.GetType().FullName);
            }

            if (!batchWasFull)
            {
                try
                {
                    await signal.WaitAsync(_options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    private async Task DispatchAsync(ClaimedOutboxMessage claimed, CancellationToken cancellationToken)
    {
        var kind = claimed.Message.Payload.Kind;
        using var timeout = new CancellationTokenSource(_options.SendTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await DeliverAsync(claimed, linked.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the lease runs out and the next pass (here or on another instance) retries.
            throw;
        }
        catch (Exception exception)
        {
            var reason = FailureReason(exception, timeout.IsCancellationRequested);
            logger.LogWarning("Outbox message {MessageId} ({Kind}) failed on attempt {Attempt}: {Reason}", claimed.Id, kind, claimed.Attempt, reason);
            if (!await outbox.MarkFailedAsync(claimed.Id, claimed.LeaseToken, reason, null, cancellationToken))
            {
                logger.LogWarning("Outbox message {MessageId} was taken over by another sender while it failed here.", claimed.Id);
            }

            return;
        }

        if (await outbox.MarkSentAsync(claimed.Id, claimed.LeaseToken, cancellationToken))
        {
            logger.LogInformation("Outbox message {MessageId} ({Kind}) sent on attempt {Attempt}.", claimed.Id, kind, claimed.Attempt);
            if (kind == OutboxMessageKind.StatusNotification)
            {
                await markers.ClearAsync(claimed.Id, cancellationToken);
            }
        }
        else
        {
            logger.LogWarning("Outbox message {MessageId} ({Kind}) was sent, but its lease had run out; raise Outbox:Lease above Outbox:SendTimeout.",
                claimed.Id, kind);
        }
    }

    private async Task DeliverAsync(ClaimedOutboxMessage claimed, CancellationToken cancellationToken)
    {
        switch (claimed.Message.Payload)
        {
            case VerificationCodePayload code when code.ExpiresAt <= time.GetUtcNow():
                // Nobody can use it any more; marking it sent drops the only plaintext copy of the code.
                logger.LogInformation("Outbox message {MessageId}: the verification code expired before it could be sent; dropped.", claimed.Id);
                return;
            case StatusNotificationPayload status:
                await OnceAsync(claimed.Id, DeliveryPart.Email, () => SendEmailAsync(claimed, cancellationToken), cancellationToken);
                await OnceAsync(claimed.Id, DeliveryPart.Chat, () => chat.NotifyAsync(claimed.Message, status, cancellationToken), cancellationToken);
                return;
            default:
                await SendEmailAsync(claimed, cancellationToken);
                return;
        }
    }

    private async Task OnceAsync(Guid messageId, DeliveryPart part, Func<Task> deliver, CancellationToken cancellationToken)
    {
        if (await markers.IsDoneAsync(messageId, part, cancellationToken))
        {
            return;
        }

        await deliver();
        await markers.MarkDoneAsync(messageId, part, cancellationToken);
    }

    private async Task SendEmailAsync(ClaimedOutboxMessage claimed, CancellationToken cancellationToken)
    {
        var content = await composer.ComposeAsync(claimed.Message, cancellationToken);
        await sender.SendAsync(new OutgoingEmail(claimed.Id, claimed.Message.Recipient, content), cancellationToken);
    }

    /// <summary>An error code for the outbox row; exception messages may quote addresses, so they are never stored.</summary>
    private static string FailureReason(Exception exception, bool timedOut) => exception switch
    {
        _ when timedOut => "timeout",
        SmtpException smtp => "smtp-" + smtp.StatusCode.ToString().ToLowerInvariant(),
        FormatException => "invalid-address",
        IOException => "io-error",
        _ => exception.GetType().Name,
    };
}
