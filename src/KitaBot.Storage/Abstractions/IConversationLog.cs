namespace KitaBot.Storage.Abstractions;

/// <summary>
/// The Direct Line transcript: every conversation a web page started and the activities delivered in it, in order.
/// Each activity has a sequence number (0, 1, 2, ...) that is also its watermark position, so a client that comes
/// back with a watermark continues exactly where it stopped. Activities are stored as the JSON sent to the client.
/// </summary>
public interface IConversationLog
{
    /// <summary>Records a new conversation; returns false when one with this id already exists.</summary>
    Task<bool> CreateAsync(LoggedConversation conversation, CancellationToken cancellationToken);

    /// <summary>Reads a conversation, or null when it does not exist.</summary>
    Task<LoggedConversation?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Appends activities with the sequence numbers <paramref name="firstSequence"/>, +1, ... in one transaction, only
    /// while the conversation's next sequence is still <paramref name="firstSequence"/>. Returns false when another
    /// writer appended first (the caller re-reads and retries) or the conversation does not exist.
    /// </summary>
    Task<bool> AppendAsync(string conversationId, long firstSequence, IReadOnlyList<ReadOnlyMemory<byte>> activities, CancellationToken cancellationToken);

    /// <summary>Reads up to <paramref name="maxCount"/> activities with a sequence number of at least <paramref name="fromSequence"/>, in order.</summary>
    Task<IReadOnlyList<LoggedActivity>> ReadAsync(string conversationId, long fromSequence, int maxCount, CancellationToken cancellationToken);
}
