namespace KitaBot.Outbox;

/// <summary>The <c>Outbox</c> section: how often and how much the dispatcher sends.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>How long the dispatcher sleeps when nothing is due and nobody signals.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a claimed message stays leased to this instance; must outlast <see cref="SendTimeout"/>.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one message may take to compose and send before it counts as failed.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many messages one pass claims.</summary>
    public int BatchSize { get; set; } = 20;
}
