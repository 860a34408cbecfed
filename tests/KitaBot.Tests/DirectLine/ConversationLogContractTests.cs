using System.Diagnostics;
using System.Text;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Postgres;
using KitaBot.Storage.Sqlite;
using KitaBot.TestHost;
using Xunit;

namespace KitaBot.Tests.DirectLine;

/// <summary>The same contract for both transcript stores, against a real SQLite file and the real PostgreSQL server.</summary>
public abstract class ConversationLogContractTests
{
    protected abstract IConversationLog Log { get; }

    [Fact]
    public async Task A_conversation_is_created_once()
    {
        var id = NewId();
        var created = DateTimeOffset.Parse("2025-03-01T09:30:00Z", System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(await Log.CreateAsync(new LoggedConversation(id, "dl_a", created, 0), CancellationToken.None));
        Assert.False(await Log.CreateAsync(new LoggedConversation(id, "dl_b", created, 0), CancellationToken.None));
        Assert.Equal(new LoggedConversation(id, "dl_a", created, 0), await Log.FindAsync(id, CancellationToken.None));
        Assert.Null(await Log.FindAsync(NewId(), CancellationToken.None));
    }

    [Fact]
    public async Task Appends_are_conditional_on_the_next_sequence_and_read_back_in_order()
    {
        var id = NewId();
        await Log.CreateAsync(new LoggedConversation(id, "dl_a", DateTimeOffset.UtcNow, 0), CancellationToken.None);

        Assert.True(await Log.AppendAsync(id, 0, [Json("a"), Json("b")], CancellationToken.None));
        Assert.False(await Log.AppendAsync(id, 0, [Json("lost")], CancellationToken.None));
        Assert.True(await Log.AppendAsync(id, 2, [Json("c")], CancellationToken.None));
        Assert.False(await Log.AppendAsync(NewId(), 0, [Json("nowhere")], CancellationToken.None));

        var all = await Log.ReadAsync(id, 0, 10, CancellationToken.None);
        var page = await Log.ReadAsync(id, 1, 1, CancellationToken.None);
        Assert.Equal([0L, 1L, 2L], all.Select(activity => activity.Sequence));
        Assert.Equal(["{\"t\":\"a\"}", "{\"t\":\"b\"}", "{\"t\":\"c\"}"], all.Select(activity => Encoding.UTF8.GetString(activity.Json.Span)));
        Assert.Equal(1L, Assert.Single(page).Sequence);
        Assert.Equal(3L, (await Log.FindAsync(id, CancellationToken.None))!.NextSequence);
    }

    [Fact]
    public async Task Concurrent_appends_at_the_same_sequence_let_exactly_one_win()
    {
        var id = NewId();
        await Log.CreateAsync(new LoggedConversation(id, "dl_a", DateTimeOffset.UtcNow, 0), CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Log.AppendAsync(id, 0, [Json("w" + i)], CancellationToken.None)));

        Assert.Equal(1, results.Count(won => won));
        Assert.Single(await Log.ReadAsync(id, 0, 10, CancellationToken.None));
    }

    private static string NewId() => Guid.NewGuid().ToString("N");

    private static ReadOnlyMemory<byte> Json(string text) => Encoding.UTF8.GetBytes($"{{\"t\":\"{text}\"}}");
}

public sealed class SqliteConversationLogTests : ConversationLogContractTests
{
    private static readonly SqliteConversationLog Shared =
        new(Path.Combine(Directory.CreateTempSubdirectory("kitabot-log-").FullName, "directline.db"));

    protected override IConversationLog Log => Shared;
}

public sealed class PostgresConversationLogTests : ConversationLogContractTests
{
    private static readonly Lazy<PostgresConversationLog> Shared = new(() => new PostgresConversationLog(ConnectionString()));

    protected override IConversationLog Log => Shared.Value;

    /// <summary>KITABOT_TEST_POSTGRES from test.sh, or the repository's throw-away server started on demand.</summary>
    private static string ConnectionString()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("KITABOT_TEST_POSTGRES");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        using var script = Process.Start(new ProcessStartInfo("bash", ["scripts/postgres-test-server.sh", "start"])
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
        })!;
        var output = script.StandardOutput.ReadToEnd().Trim();
        script.WaitForExit();
        Assert.True(script.ExitCode == 0, "postgres-test-server.sh failed");
        return output.Split('\n')[^1];
    }
}
