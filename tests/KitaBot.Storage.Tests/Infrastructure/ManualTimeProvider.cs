namespace KitaBot.Storage.Tests.Infrastructure;

/// <summary>A clock the test moves by hand, so expiry and rate limits are tested without waiting.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
