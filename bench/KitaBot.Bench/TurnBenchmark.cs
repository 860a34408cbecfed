using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Data.Sqlite;

namespace KitaBot.Bench;

/// <summary>
/// Runs many concurrent conversations through /api/messages with deliveryMode expectReplies and prints turns/s,
/// latency percentiles, the host's CPU per turn, its peak memory and the saved state per conversation. Every turn
/// is a real dialog step (menu choice, help, back to the menu) and its state is saved durably before it answers.
/// </summary>
public static class TurnBenchmark
{
    // Each conversation greets, then keeps choosing "Help" from the menu: a choice prompt, a route and a loop.
    private static readonly string[] Script = ["hallo", "5"];

    public static async Task<int> RunAsync(BenchOptions options)
    {
        await using var host = await HostProcess.StartAsync(options.HostDll);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Conversations })
        {
            BaseAddress = host.BaseAddress,
        };

        await DriveAsync(client, options.Conversations, options.WarmupTurns, "warmup");
        var cpuBefore = host.CpuTime();
        var clock = Stopwatch.StartNew();
        var latencies = await DriveAsync(client, options.Conversations, options.Turns, "run");
        clock.Stop();
        var cpu = host.CpuTime() - cpuBefore;

        latencies.Sort();
        var stateBytes = AverageStateBytes(host.DataDirectory);
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}")
            .AppendLine(CultureInfo.InvariantCulture, $"conversations: {options.Conversations}, turns: {latencies.Count}")
            .AppendLine(CultureInfo.InvariantCulture, $"turns/s: {latencies.Count / clock.Elapsed.TotalSeconds:F0}")
            .AppendLine(CultureInfo.InvariantCulture, $"latency p50: {Percentile(latencies, 0.50):F2} ms, p99: {Percentile(latencies, 0.99):F2} ms")
            .AppendLine(CultureInfo.InvariantCulture, $"host CPU per turn: {cpu.TotalMilliseconds / latencies.Count:F3} ms")
            .AppendLine(CultureInfo.InvariantCulture, $"host peak RSS: {host.PeakResidentBytes() / (1024.0 * 1024.0):F0} MB")
            .AppendLine(CultureInfo.InvariantCulture, $"state per conversation: {stateBytes:F0} bytes");
        Console.Write(report);
        return 0;
    }

    private static async Task<List<double>> DriveAsync(HttpClient client, int conversations, int turns, string prefix)
    {
        var perConversation = Math.Max(1, turns / conversations);
        var results = new List<double>[conversations];
        await Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = conversations },
            async (index, cancellationToken) =>
            {
                var latencies = new List<double>(perConversation);
                var conversationId = $"{prefix}-{index}-{Guid.NewGuid():N}";
                for (var turn = 0; turn < perConversation; turn++)
                {
                    var text = Script[Math.Min(turn, Script.Length - 1)];
                    var started = Stopwatch.GetTimestamp();
                    using var content = new StringContent(Activity(conversationId, turn, text), Encoding.UTF8);
                    content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                    using var response = await client.PostAsync(new Uri("api/messages", UriKind.Relative), content, cancellationToken);
                    var body = await response.Content.ReadAsStringAsync(cancellationToken);
                    if (!response.IsSuccessStatusCode || !body.Contains("\"activities\"", StringComparison.Ordinal))
                    {
                        throw new InvalidOperationException($"Turn failed with {(int)response.StatusCode}.");
                    }

                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }

                results[index] = latencies;
            });
        return results.SelectMany(r => r).ToList();
    }

    private static string Activity(string conversationId, int turn, string text) =>
        $$"""
        {"type":"message","id":"m{{turn}}","channelId":"bench","serviceUrl":"http://127.0.0.1:9/","deliveryMode":"expectReplies",
         "from":{"id":"user-{{conversationId}}","role":"user"},"recipient":{"id":"kitabot","role":"bot"},
         "conversation":{"id":"{{conversationId}}"},"locale":"de-DE","text":"{{text}}"}
        """;

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static double AverageStateBytes(string dataDirectory)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "kitabot.db")};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT AVG(LENGTH(value)) FROM state_entries WHERE key LIKE 'bench/conversations/run-%'";
        return Convert.ToDouble(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
