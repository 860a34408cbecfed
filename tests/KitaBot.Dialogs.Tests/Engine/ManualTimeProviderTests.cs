using KitaBot.Dialogs.Tests.Testing;
using Xunit;

namespace KitaBot.Dialogs.Tests.Engine;

public sealed class ManualTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 11, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void The_clock_moves_only_when_advanced_and_local_time_is_Berlin()
    {
        var time = new ManualTimeProvider(Start);
        Assert.Equal(Start, time.GetUtcNow());

        time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(Start.AddMinutes(5), time.GetUtcNow());
        Assert.Equal(TimeSpan.FromHours(1), time.GetLocalNow().Offset);
        Assert.Equal(TimeSpan.FromMinutes(5), time.GetElapsedTime(Start.UtcTicks, time.GetTimestamp()));
    }

    [Fact]
    public void Timers_fire_in_due_order_while_advancing_and_stop_when_disposed()
    {
        var time = new ManualTimeProvider(Start);
        var fired = new List<string>();
        using var periodic = time.CreateTimer(_ => fired.Add($"tick {time.GetUtcNow():HH:mm:ss}"), null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
        var once = time.CreateTimer(_ => fired.Add("once"), null, TimeSpan.FromSeconds(15), Timeout.InfiniteTimeSpan);

        time.Advance(TimeSpan.FromSeconds(25));
        once.Dispose();
        periodic.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(["tick 09:30:10", "once", "tick 09:30:20"], fired);
    }
}
