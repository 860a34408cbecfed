namespace KitaBot.Tests.Cli;

/// <summary>A clock standing still at one instant, so "today" is known in tests.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
