using System.Globalization;
using System.Text;
using KitaBot.Storage.Abstractions;

namespace KitaBot.Outbox;

/// <summary>
/// Remembers which parts of a multi-part outbox message are already out, so a retry after one part failed repeats
/// only the missing part. Kept in the state store under <c>outbox/{messageId:N}/{part}</c> until the message is sent.
/// </summary>
public sealed class DeliveryMarkers(IStateStore store, TimeProvider time)
{
    public static string Key(Guid messageId, DeliveryPart part) =>
        string.Create(CultureInfo.InvariantCulture, $"outbox/{messageId:N}/{part.ToString().ToLowerInvariant()}");

    public async Task<bool> IsDoneAsync(Guid messageId, DeliveryPart part, CancellationToken cancellationToken) =>
        await store.ReadAsync(Key(messageId, part), cancellationToken) is not null;

    /// <summary>Records the part as done; only the first record counts, so the time says when it first went out.</summary>
    public async Task MarkDoneAsync(Guid messageId, DeliveryPart part, CancellationToken cancellationToken)
    {
        var value = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{{\"doneAt\":\"{time.GetUtcNow():O}\"}}"));
        await store.WriteAsync(Key(messageId, part), value, WriteCondition.IfAbsent, cancellationToken);
    }

    /// <summary>Drops the markers of a message that is sent completely.</summary>
    public async Task ClearAsync(Guid messageId, CancellationToken cancellationToken)
    {
        foreach (var part in Enum.GetValues<DeliveryPart>())
        {
            await store.DeleteAsync(Key(messageId, part), null, cancellationToken);
        }
    }
}
