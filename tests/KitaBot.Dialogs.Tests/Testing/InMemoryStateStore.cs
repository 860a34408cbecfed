using KitaBot.Storage.Abstractions;

namespace KitaBot.Dialogs.Tests.Testing;

/// <summary>
/// A state store for tests only: values in memory with real optimistic concurrency. Every write gets a fresh
/// eTag, conditional writes and deletes fail on a mismatch, and stored bytes are copied in and out so no caller
/// can change them behind the store's back. Tests take an <see cref="IStateStore"/>, so a SQLite store can
/// replace this one without touching them.
/// </summary>
public sealed class InMemoryStateStore : IStateStore
{
    private readonly Dictionary<string, StateEntry> _entries = new(StringComparer.Ordinal);
    private long _lastETag;
    private int _writes;

    /// <summary>How many writes succeeded; lets tests see that an unchanged state is not written.</summary>
    public int SuccessfulWrites => Volatile.Read(ref _writes);

    public Task<StateEntry?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_entries)
        {
            return Task.FromResult(_entries.TryGetValue(key, out var entry)
                ? new StateEntry(entry.Value.ToArray(), entry.ETag)
                : null);
        }
    }

    public Task<string?> WriteAsync(string key, ReadOnlyMemory<byte> value, WriteCondition condition, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_entries)
        {
            var exists = _entries.TryGetValue(key, out var current);
            if ((condition.MustBeAbsent && exists) || (condition.ETag is { } expected && (!exists || current!.ETag != expected)))
            {
                return Task.FromResult<string?>(null);
            }

            var eTag = $"\"{++_lastETag}\"";
            _entries[key] = new StateEntry(value.ToArray(), eTag);
            _writes++;
            return Task.FromResult<string?>(eTag);
        }
    }

    public Task<bool> DeleteAsync(string key, string? eTag, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out var current) || (eTag is not null && eTag != "*" && current.ETag != eTag))
            {
                return Task.FromResult(false);
            }

            return Task.FromResult(_entries.Remove(key));
        }
    }
}
