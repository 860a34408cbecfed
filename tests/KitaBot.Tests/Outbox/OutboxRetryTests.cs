using KitaBot.Storage.Model;
using Xunit;

namespace KitaBot.Tests.Outbox;

/// <summary>A failed send is marked failed with a backoff and retried later; it is never lost and never doubled.</summary>
public sealed class OutboxRetryTests
{
    [Fact]
    public async Task A_failing_sender_marks_the_message_failed_and_a_later_pass_sends_it()
    {
        using var data = new TempDirectory();
        var clock = new ManualClock(ManualClock.Start);
        // The pickup folder's path is taken by a file, so writing the e-mail really fails.
        var blocked = Path.Combine(data.Path, "blocked");
        await File.WriteAllTextAsync(blocked, "not a folder");
        await using var world = OutboxWorld.Create(data.Path, clock, new Dictionary<string, string?> { ["Email:PickupDirectory"] = "blocked" });
        await world.Verification.IssueCodeAsync("retry@example.org", "pl-PL", CancellationToken.None);

        Assert.Equal(1, await world.Dispatcher.DispatchDueAsync(CancellationToken.None));

        var failed = Assert.Single(world.OutboxRows());
        Assert.Equal(new OutboxRow(failed.Id, "pending", 1, "io-error", true), failed);
        Assert.Equal(0, await world.Dispatcher.DispatchDueAsync(CancellationToken.None));

        File.Delete(blocked);
        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(1, await world.Dispatcher.DispatchDueAsync(CancellationToken.None));

        Assert.Equal(new OutboxRow(failed.Id, "sent", 2, null, false), Assert.Single(world.OutboxRows()));
        var file = Assert.Single(Directory.GetFiles(blocked));
        Assert.Equal($"{failed.Id:N}.eml", Path.GetFileName(file));
        Assert.Contains("Kod do KitaBot to: ", EmlMessage.Parse(await File.ReadAllBytesAsync(file)).Body, StringComparison.Ordinal);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await world.Dispatcher.DispatchDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Two_dispatchers_over_one_database_never_send_a_message_twice()
    {
        using var data = new TempDirectory();
        await using var smtp = new LoopbackSmtpServer();
        var settings = new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:EnableSsl"] = "false",
            ["Outbox:BatchSize"] = "3",
        };
        var clock = new ManualClock(ManualClock.Start);
        await using var first = OutboxWorld.Create(data.Path, clock, settings);
        await using var second = OutboxWorld.Create(data.Path, clock, settings);
        const int messages = 30;
        for (var i = 0; i < messages; i++)
        {
            Assert.IsType<CodeIssued>(await first.Verification.IssueCodeAsync($"parent{i}@example.org", i % 2 == 0 ? "ar-SA" : "ro-RO", CancellationToken.None));
        }

        var processed = await Task.WhenAll(Task.Run(() => DrainAsync(first)), Task.Run(() => DrainAsync(second)));

        Assert.Equal(messages, processed.Sum());
        var accepted = smtp.Accepted;
        Assert.Equal(messages, accepted.Count);
        Assert.Equal(messages, accepted.Select(t => EmlMessage.Parse(t.Data).Header("Message-ID")).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(messages, accepted.Select(t => Assert.Single(t.RcptTo)).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(first.OutboxRows(), row => Assert.Equal(("sent", 1), (row.State, row.Attempts)));
    }

    private static async Task<int> DrainAsync(OutboxWorld world)
    {
        var total = 0;
        int processed;
        while ((processed = await world.Dispatcher.DispatchDueAsync(CancellationToken.None)) > 0)
        {
            total += processed;
        }

        return total;
    }
}
