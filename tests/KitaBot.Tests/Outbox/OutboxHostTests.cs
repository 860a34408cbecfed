using KitaBot.Dialogs.Notifications;
using KitaBot.Storage.Abstractions;
using KitaBot.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace KitaBot.Tests.Outbox;

/// <summary>The real host runs the dispatcher in the background and delivers to its data folder's pickup directory.</summary>
public sealed class OutboxHostTests
{
    [Fact]
    public async Task The_running_host_delivers_a_code_e_mail_into_the_data_folders_mail_pickup_when_signalled()
    {
        using var data = new TempDirectory();
        await using var host = await LoopbackKitaBot.StartAsync(settings: new Dictionary<string, string?>
        {
            ["KitaBot:DataDirectory"] = data.Path,
            // Only the signal can wake the dispatcher within the test's patience.
            ["Outbox:PollInterval"] = "01:00:00",
        });
        var pickup = Path.Combine(data.Path, "mail-pickup");

        await host.Services.GetRequiredService<IEmailVerification>().IssueCodeAsync("olena@example.org", "fa-IR", CancellationToken.None);
        host.Services.GetRequiredService<OutboxSignal>().Notify();

        var file = await WaitForFileAsync(pickup, TimeSpan.FromSeconds(30));
        var eml = EmlMessage.Parse(await File.ReadAllBytesAsync(file));
        Assert.Equal("fa-IR, de-DE", eml.Header("Content-Language"));
        Assert.Contains("Ihr Code für KitaBot lautet", eml.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signal_wakes_a_waiting_dispatcher_and_several_signals_count_once()
    {
        using var signal = new OutboxSignal(TimeProvider.System);
        signal.Notify();
        signal.Notify();

        Assert.True(await signal.WaitAsync(TimeSpan.FromMinutes(5), CancellationToken.None));
        Assert.False(await signal.WaitAsync(TimeSpan.FromMilliseconds(20), CancellationToken.None));

        var waiting = signal.WaitAsync(TimeSpan.FromMinutes(5), CancellationToken.None);
        signal.Notify();
        Assert.True(await waiting);
    }

    private static async Task<string> WaitForFileAsync(string directory, TimeSpan timeout)
    {
        Directory.CreateDirectory(directory);
        using var watcher = new FileSystemWatcher(directory, "*.eml") { EnableRaisingEvents = true };
        var renamed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.Renamed += (_, e) => renamed.TrySetResult(e.FullPath);
        watcher.Created += (_, e) => renamed.TrySetResult(e.FullPath);
        if (Directory.GetFiles(directory, "*.eml").FirstOrDefault() is { } existing)
        {
            return existing;
        }

        return await renamed.Task.WaitAsync(timeout);
    }
}
