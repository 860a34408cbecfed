using System.Diagnostics;
using System.Globalization;
using System.Text;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Configuration;
using KitaBot.Storage.Postgres;
using KitaBot.Storage.Sqlite;
using KitaBot.Storage.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KitaBot.Storage.Tests.State;

/// <summary>
/// Simulated bot turns (one read + one conditional write of a ~2 KB JSON value) from 50 concurrent conversations.
/// The figure goes to the test output (run with <c>--logger "console;verbosity=detailed"</c>); the assertions only
/// check that every turn's save succeeded and the last one is what the store holds.
/// </summary>
[Trait("Category", "Throughput")]
public sealed class StateStoreThroughput(ITestOutputHelper output)
{
    private const int Conversations = 50;

    [Theory]
    [InlineData(SqliteDurability.Normal)]
    [InlineData(SqliteDurability.Full)]
    public async Task Sqlite_turns_per_second(SqliteDurability durability)
    {
        using var directory = new TempDirectory();
        await using var store = new SqliteStateStore(directory.File("state.db"), durability, TimeProvider.System);
        await RunAsync(store, $"SQLite synchronous={durability}", turnsPerConversation: 400);
    }

    [Fact]
    public async Task Postgres_turns_per_second()
    {
        await using var schema = await TestPostgres.CreateSchemaAsync();
        await using var store = new PostgresStateStore(schema.ConnectionString, TimeProvider.System);
        await RunAsync(store, "PostgreSQL", turnsPerConversation: 200);
    }

    private async Task RunAsync(IStateStore store, string label, int turnsPerConversation)
    {
        var padding = new string('x', 2000);
        await Task.WhenAll(Enumerable.Range(0, Conversations).Select(c => Turn(store, Key(c), null, 0, padding)));
        await PlayAsync(store, padding, firstTurn: 1, lastTurn: 20);

        var stopwatch = Stopwatch.StartNew();
        var finalETags = await PlayAsync(store, padding, firstTurn: 1, lastTurn: turnsPerConversation);
        stopwatch.Stop();

        var turns = Conversations * turnsPerConversation;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{label}: {turns} turns (read + IfMatch write, ~2 KB) from {Conversations} concurrent conversations in {stopwatch.Elapsed.TotalSeconds:F2} s = {turns / stopwatch.Elapsed.TotalSeconds:F0} turns/s"));
        Assert.All(finalETags, Assert.NotNull);
        var last = await store.ReadAsync(Key(0), CancellationToken.None);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"\"turn\":{turnsPerConversation},"), Encoding.UTF8.GetString(last!.Value.Span), StringComparison.Ordinal);
    }

    /// <summary>Every conversation plays its turns one after another; the conversations run concurrently.</summary>
    private static Task<string?[]> PlayAsync(IStateStore store, string padding, int firstTurn, int lastTurn) =>
        Task.WhenAll(Enumerable.Range(0, Conversations).Select(c => Task.Run(async () =>
        {
            string? eTag = null;
            for (var turn = firstTurn; turn <= lastTurn; turn++)
            {
                var entry = await store.ReadAsync(Key(c), CancellationToken.None);
                eTag = await Turn(store, Key(c), entry!.ETag, turn, padding);
            }

            return eTag;
        })));

    private static async Task<string?> Turn(IStateStore store, string key, string? eTag, int turn, string padding)
    {
        var json = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{{\"turn\":{turn},\"dialogStack\":[{{\"id\":\"registration\",\"step\":\"child-name\"}}],\"padding\":\"{padding}\"}}"));
        var written = await store.WriteAsync(key, json, eTag is null ? WriteCondition.IfAbsent : WriteCondition.IfMatch(eTag), CancellationToken.None);
        return written ?? throw new InvalidOperationException("A turn's save conflicted although each conversation has one writer.");
    }

    private static string Key(int conversation) => string.Create(CultureInfo.InvariantCulture, $"webchat/conversations/conv-{conversation}");
}
