namespace KitaBot.Storage.Abstractions;

/// <summary>
/// A key-value store for conversation state with real optimistic concurrency. Every stored value has an eTag
/// that changes on every write, so a turn that read a value can write it back only if nobody else did meanwhile.
/// </summary>
public interface IStateStore
{
    /// <summary>Reads the value and its eTag, or null when the key does not exist.</summary>
    Task<StateEntry?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the value under a condition and returns the new eTag, or null when the condition failed:
    /// <see cref="WriteCondition.IfMatch"/> writes only over that exact eTag, <see cref="WriteCondition.IfAbsent"/>
    /// only when the key does not exist, and <see cref="WriteCondition.Always"/> (the protocol's <c>*</c>) overwrites.
    /// </summary>
    Task<string?> WriteAsync(string key, ReadOnlyMemory<byte> value, WriteCondition condition, CancellationToken cancellationToken);

    /// <summary>Deletes the key; with a non-null eTag only when it still matches. Returns whether a value was deleted.</summary>
    Task<bool> DeleteAsync(string key, string? eTag, CancellationToken cancellationToken);
}
