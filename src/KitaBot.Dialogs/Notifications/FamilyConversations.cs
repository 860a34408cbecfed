using System.Text.Json;
using KitaBot.Dialogs.Protocol;
using KitaBot.Storage.Abstractions;

namespace KitaBot.Dialogs.Notifications;

/// <summary>
/// Remembers each family's latest conversation, so news (a status change) reaches the family in the chat it last used.
/// Kept in the <see cref="IStateStore"/> under <c>families/{familyId:N}/conversation</c> as the reference's protocol JSON.
/// The reference's <see cref="ConversationReference.ActivityId"/> is not kept: a proactive message replies to nothing,
/// and without it a turn in the same conversation finds the value unchanged and writes nothing.
/// </summary>
public sealed class FamilyConversations(IStateStore store)
{
    /// <summary>Conditional writes that lose to a concurrent turn are retried this often before giving up.</summary>
    private const int WriteAttempts = 5;

    public static string Key(Guid familyId) => $"families/{familyId:N}/conversation";

    /// <summary>Records <paramref name="reference"/> as the family's latest conversation (no write when it already is).</summary>
    public async Task RememberAsync(Guid familyId, ConversationReference reference, CancellationToken cancellationToken)
    {
        var value = JsonSerializer.SerializeToUtf8Bytes(WithoutActivityId(reference), ProtocolJson.Default.ConversationReference);
        var key = Key(familyId);
        for (var attempt = 0; attempt < WriteAttempts; attempt++)
        {
            var current = await store.ReadAsync(key, cancellationToken).ConfigureAwait(false);
            if (current is not null && current.Value.Span.SequenceEqual(value))
            {
                return;
            }

            var condition = current is null ? WriteCondition.IfAbsent : WriteCondition.IfMatch(current.ETag);
            if (await store.WriteAsync(key, value, condition, cancellationToken).ConfigureAwait(false) is not null)
            {
                return;
            }
        }

        throw new InvalidOperationException("The family's conversation changed concurrently too often to be recorded.");
    }

    /// <summary>The family's latest conversation, or null when it never chatted (or the value is unreadable).</summary>
    public async Task<ConversationReference?> FindAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var entry = await store.ReadAsync(Key(familyId), cancellationToken).ConfigureAwait(false);
        if (entry is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(entry.Value.Span, ProtocolJson.Default.ConversationReference);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Forgets the family's conversation, e.g. when the family's data is erased.</summary>
    public Task<bool> ForgetAsync(Guid familyId, CancellationToken cancellationToken) => store.DeleteAsync(Key(familyId), null, cancellationToken);

    private static ConversationReference WithoutActivityId(ConversationReference reference) => new()
    {
        User = reference.User,
        Bot = reference.Bot,
        Conversation = reference.Conversation,
        ChannelId = reference.ChannelId,
        Locale = reference.Locale,
        ServiceUrl = reference.ServiceUrl,
    };
}
