using KitaBot.Storage.Abstractions;

namespace KitaBot.Dialogs.Tests.Testing;

/// <summary>
/// A test instrument around a real store: after a read or before a write it runs what the test gives it, such
/// as another writer saving the same key through the inner store. That provokes real eTag conflicts at exact
/// points of a turn; the reads and writes themselves go to the inner store unchanged.
/// </summary>
public sealed class InterferingStateStore(IStateStore inner) : IStateStore
{
    private int _reads;
    private int _writes;

    /// <summary>Runs after the n-th read (1-based) has read its value and before it is returned.</summary>
    public Func<string, int, Task>? AfterRead { get; set; }

    /// <summary>Runs before each write reaches the inner store.</summary>
    public Func<string, Task>? BeforeWrite { get; set; }

    public IStateStore Inner => inner;

    public int Reads => Volatile.Read(ref _reads);

    public int WriteAttempts => Volatile.Read(ref _writes);

    public async Task<StateEntry?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var entry = await inner.ReadAsync(key, cancellationToken);
        var number = Interlocked.Increment(ref _reads);
        if (AfterRead is { } afterRead)
        {
            await afterRead(key, number);
        }

        return entry;
    }

    public async Task<string?> WriteAsync(string key, ReadOnlyMemory<byte> value, WriteCondition condition, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        if (BeforeWrite is { } beforeWrite)
        {
            await beforeWrite(key);
        }

        return await inner.WriteAsync(key, value, condition, cancellationToken);
    }

    public Task<bool> DeleteAsync(string key, string? eTag, CancellationToken cancellationToken) =>
        inner.DeleteAsync(key, eTag, cancellationToken);
}
