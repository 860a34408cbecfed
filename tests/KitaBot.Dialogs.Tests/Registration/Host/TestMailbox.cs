using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Model;
using Xunit.Sdk;

namespace KitaBot.Dialogs.Tests.Registration.Host;

/// <summary>
/// A test instrument in the place of the mail sender: claims due messages from the real <see cref="IOutbox"/>, keeps
/// them as "delivered" and marks them sent, as the sender does. Not a mock: what it reads is what the store queued.
/// </summary>
public sealed class TestMailbox(IOutbox outbox)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private readonly List<OutboxMessage> _delivered = [];

    public IReadOnlyList<OutboxMessage> Delivered => _delivered;

    /// <summary>Delivers everything due now.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> CollectAsync()
    {
        var fresh = new List<OutboxMessage>();
        while (await outbox.ClaimDueAsync(50, Lease, CancellationToken.None) is { Count: > 0 } claimed)
        {
            foreach (var message in claimed)
            {
                if (!await outbox.MarkSentAsync(message.Id, message.LeaseToken, CancellationToken.None))
                {
                    throw new XunitException("The test mailbox lost its lease on an outbox message.");
                }

                fresh.Add(message.Message);
            }
        }

        _delivered.AddRange(fresh);
        return fresh;
    }

    /// <summary>The newest verification code e-mailed so far, to <paramref name="recipient"/> if given.</summary>
    public async Task<string> LatestCodeAsync(string? recipient = null)
    {
        await CollectAsync();
        return _delivered
            .Where(m => recipient is null || string.Equals(m.Recipient, recipient, StringComparison.OrdinalIgnoreCase))
            .Select(m => m.Payload)
            .OfType<VerificationCodePayload>()
            .LastOrDefault()?.Code
            ?? throw new XunitException($"No verification code was e-mailed{(recipient is null ? string.Empty : " to " + recipient)}.");
    }

    public async Task<IReadOnlyList<(OutboxMessage Message, ConfirmationEmailPayload Payload)>> ConfirmationsAsync()
    {
        await CollectAsync();
        return _delivered
            .Where(m => m.Payload is ConfirmationEmailPayload)
            .Select(m => (m, (ConfirmationEmailPayload)m.Payload))
            .ToList();
    }
}
