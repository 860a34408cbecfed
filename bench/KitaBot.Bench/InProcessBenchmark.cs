using System.Diagnostics;
using System.Globalization;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Protocol;
using KitaBot.Dialogs.Registration;
using KitaBot.Storage.Catalog;
using KitaBot.Storage.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KitaBot.Bench;

/// <summary>
/// The same turns as <see cref="TurnBenchmark"/>, but calling the turn pipeline directly: the difference between
/// the two is what HTTP and the channel cost, the rest is the bot and its store.
/// </summary>
public static class InProcessBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("kitabot-bench-").FullName;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:SqlitePath"] = Path.Combine(dataDirectory, "kitabot.db") })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddKitaBotStorage(configuration)
            .AddKitaBotCatalog(dataDirectory)
            .AddKitaBotConversation();
        services.AddSingleton<IConfiguration>(configuration);
        await using var provider = services.BuildServiceProvider();
        var processor = provider.GetRequiredService<IActivityProcessor>();

        await DriveAsync(processor, options.Conversations, options.WarmupTurns, "warmup");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var turns = await DriveAsync(processor, options.Conversations, options.Turns, "run");
        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"in-process: {turns} turns, {turns / clock.Elapsed.TotalSeconds:F0} turns/s, CPU per turn {cpu.TotalMilliseconds / turns:F3} ms"));
        return 0;
    }

    private static async Task<int> DriveAsync(IActivityProcessor processor, int conversations, int turns, string prefix)
    {
        var perConversation = Math.Max(1, turns / conversations);
        await Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = conversations },
            async (index, cancellationToken) =>
            {
                var conversationId = $"{prefix}-{index}";
                for (var turn = 0; turn < perConversation; turn++)
                {
                    var outcome = await processor.ProcessAsync(new KitaBot.Dialogs.Protocol.Activity
                    {
                        Type = ActivityTypes.Message,
                        Id = $"m{turn}",
                        ChannelId = "bench",
                        ServiceUrl = "http://127.0.0.1:9/",
                        From = new ChannelAccount { Id = "user-" + conversationId, Role = RoleTypes.User },
                        Recipient = new ChannelAccount { Id = "kitabot", Role = RoleTypes.Bot },
                        Conversation = new ConversationAccount { Id = conversationId },
                        Locale = "de-DE",
                        Text = turn == 0 ? "hallo" : "5",
                    }, cancellationToken);
                    if (outcome.Replies.Count == 0)
                    {
                        throw new InvalidOperationException("A turn gave no reply.");
                    }
                }
            });
        return perConversation * conversations;
    }
}
