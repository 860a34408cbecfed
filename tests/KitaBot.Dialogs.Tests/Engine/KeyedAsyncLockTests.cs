using KitaBot.Dialogs.Engine;
using Xunit;

namespace KitaBot.Dialogs.Tests.Engine;

public sealed class KeyedAsyncLockTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task One_key_is_held_by_one_caller_at_a_time_while_other_keys_go_ahead()
    {
        var locks = new KeyedAsyncLock();
        var first = await locks.AcquireAsync("a", CancellationToken.None);

        var second = locks.AcquireAsync("a", CancellationToken.None);
        var other = await locks.AcquireAsync("b", CancellationToken.None).WaitAsync(Patience);

        Assert.False(second.IsCompleted);
        Assert.Equal(2, locks.Count);

        first.Dispose();
        var secondHeld = await second.WaitAsync(Patience);
        secondHeld.Dispose();
        other.Dispose();

        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task A_cancelled_wait_gives_up_without_leaking_or_taking_the_lock()
    {
        var locks = new KeyedAsyncLock();
        var held = await locks.AcquireAsync("a", CancellationToken.None);
        using var cancellation = new CancellationTokenSource();

        var waiting = locks.AcquireAsync("a", cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(1, locks.Count);
        held.Dispose();
        Assert.Equal(0, locks.Count);

        using var again = await locks.AcquireAsync("a", CancellationToken.None).WaitAsync(Patience);
        Assert.Equal(1, locks.Count);
    }

    [Fact]
    public async Task Disposing_twice_releases_once()
    {
        var locks = new KeyedAsyncLock();
        var first = await locks.AcquireAsync("a", CancellationToken.None);
        var second = locks.AcquireAsync("a", CancellationToken.None);
        var third = locks.AcquireAsync("a", CancellationToken.None);

        first.Dispose();
        first.Dispose();
        var secondHeld = await second.WaitAsync(Patience);

        Assert.False(third.IsCompleted);
        secondHeld.Dispose();
        (await third.WaitAsync(Patience)).Dispose();
        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task Many_callers_on_one_key_never_overlap_and_leave_nothing_behind()
    {
        var locks = new KeyedAsyncLock();
        var inside = 0;
        var maxInside = 0;
        var entered = 0;

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            using var held = await locks.AcquireAsync(i % 2 == 0 ? "even" : "odd", CancellationToken.None);
            if (i % 2 == 0)
            {
                var now = Interlocked.Increment(ref inside);
                InterlockedMax(ref maxInside, now);
                await Task.Yield();
                Interlocked.Decrement(ref inside);
            }

            Interlocked.Increment(ref entered);
        })));

        Assert.Equal(200, entered);
        Assert.Equal(1, maxInside);
        Assert.Equal(0, locks.Count);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
