using System.Text;
using KitaBot.Storage.Abstractions;

namespace KitaBot.Storage.Tests.State;

/// <summary>The behaviour every <see cref="IStateStore"/> must show; one derived class per implementation.</summary>
public abstract class StateStoreContract : IAsyncLifetime
{
    private IStateStore? _store;

    protected IStateStore Store => _store ?? throw new InvalidOperationException("Store not created.");

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public async Task DisposeAsync()
    {
        if (_store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        await DisposeResourcesAsync();
    }

    protected abstract Task<IStateStore> CreateStoreAsync();

    protected abstract Task DisposeResourcesAsync();

    [Fact]
    public async Task Missing_key_reads_as_null()
    {
        Assert.Null(await Store.ReadAsync("webchat/conversations/none", CancellationToken.None));
    }

    [Fact]
    public async Task Written_value_round_trips_with_its_etag()
    {
        var eTag = await Store.WriteAsync("k", Json("{\"step\":1}"), WriteCondition.IfAbsent, CancellationToken.None);

        var entry = await Store.ReadAsync("k", CancellationToken.None);
        Assert.NotNull(eTag);
        Assert.NotNull(entry);
        Assert.Equal("{\"step\":1}", Text(entry));
        Assert.Equal(eTag, entry.ETag);
    }

    [Fact]
    public async Task Every_write_changes_the_etag_and_the_old_etag_stops_matching()
    {
        var first = await Store.WriteAsync("k", Json("1"), WriteCondition.IfAbsent, CancellationToken.None);
        var second = await Store.WriteAsync("k", Json("2"), WriteCondition.IfMatch(first!), CancellationToken.None);
        var third = await Store.WriteAsync("k", Json("2"), WriteCondition.Always, CancellationToken.None);

        Assert.NotNull(second);
        Assert.NotNull(third);
        Assert.Equal(3, new[] { first, second, third }.Distinct().Count());
        Assert.Null(await Store.WriteAsync("k", Json("stale"), WriteCondition.IfMatch(second!), CancellationToken.None));
        Assert.Equal("2", Text(await Store.ReadAsync("k", CancellationToken.None)));
    }

    [Fact]
    public async Task IfMatch_on_a_missing_key_fails_and_creates_nothing()
    {
        Assert.Null(await Store.WriteAsync("k", Json("1"), WriteCondition.IfMatch("made-up"), CancellationToken.None));
        Assert.Null(await Store.ReadAsync("k", CancellationToken.None));
    }

    [Fact]
    public async Task IfAbsent_on_an_existing_key_fails_and_keeps_the_value()
    {
        var eTag = await Store.WriteAsync("k", Json("first"), WriteCondition.IfAbsent, CancellationToken.None);

        Assert.Null(await Store.WriteAsync("k", Json("second"), WriteCondition.IfAbsent, CancellationToken.None));
        var entry = await Store.ReadAsync("k", CancellationToken.None);
        Assert.Equal("first", Text(entry));
        Assert.Equal(eTag, entry!.ETag);
    }

    [Fact]
    public async Task Always_creates_and_overwrites()
    {
        Assert.NotNull(await Store.WriteAsync("k", Json("a"), WriteCondition.Always, CancellationToken.None));
        Assert.NotNull(await Store.WriteAsync("k", Json("b"), WriteCondition.IfMatch("*"), CancellationToken.None));
        Assert.Equal("b", Text(await Store.ReadAsync("k", CancellationToken.None)));
    }

    [Fact]
    public async Task Delete_with_an_etag_happens_only_while_it_matches()
    {
        var old = await Store.WriteAsync("k", Json("1"), WriteCondition.IfAbsent, CancellationToken.None);
        var current = await Store.WriteAsync("k", Json("2"), WriteCondition.IfMatch(old!), CancellationToken.None);

        Assert.False(await Store.DeleteAsync("k", old, CancellationToken.None));
        Assert.NotNull(await Store.ReadAsync("k", CancellationToken.None));
        Assert.True(await Store.DeleteAsync("k", current, CancellationToken.None));
        Assert.Null(await Store.ReadAsync("k", CancellationToken.None));
        Assert.False(await Store.DeleteAsync("k", null, CancellationToken.None));
    }

    [Fact]
    public async Task Delete_without_an_etag_removes_any_value()
    {
        await Store.WriteAsync("k", Json("1"), WriteCondition.Always, CancellationToken.None);

        Assert.True(await Store.DeleteAsync("k", null, CancellationToken.None));
        Assert.Null(await Store.ReadAsync("k", CancellationToken.None));
    }

    [Fact]
    public async Task A_recreated_key_does_not_accept_the_etag_of_its_previous_life()
    {
        var before = await Store.WriteAsync("k", Json("1"), WriteCondition.IfAbsent, CancellationToken.None);
        await Store.DeleteAsync("k", before, CancellationToken.None);
        var after = await Store.WriteAsync("k", Json("1"), WriteCondition.IfAbsent, CancellationToken.None);

        Assert.NotEqual(before, after);
        Assert.Null(await Store.WriteAsync("k", Json("x"), WriteCondition.IfMatch(before!), CancellationToken.None));
    }

    [Fact]
    public async Task Large_and_empty_values_round_trip_byte_for_byte()
    {
        var large = new byte[1024 * 1024 + 7];
        new Random(42).NextBytes(large);

        await Store.WriteAsync("large", large, WriteCondition.Always, CancellationToken.None);
        await Store.WriteAsync("empty", ReadOnlyMemory<byte>.Empty, WriteCondition.Always, CancellationToken.None);

        Assert.Equal(large, (await Store.ReadAsync("large", CancellationToken.None))!.Value.ToArray());
        Assert.Equal(0, (await Store.ReadAsync("empty", CancellationToken.None))!.Value.Length);
    }

    [Fact]
    public async Task Unicode_keys_are_distinct_exact_and_case_sensitive()
    {
        string[] keys = ["webchat/conversations/Привет-😀", "webchat/conversations/مرحبا", "webchat/conversations/A", "webchat/conversations/a", "webchat/conversations/Straße", "webchat/conversations/Strasse"];
        foreach (var key in keys)
        {
            await Store.WriteAsync(key, Json(key), WriteCondition.IfAbsent, CancellationToken.None);
        }

        foreach (var key in keys)
        {
            Assert.Equal(key, Text(await Store.ReadAsync(key, CancellationToken.None)));
        }
    }

    [Fact]
    public async Task Concurrent_read_modify_write_with_retry_loses_no_update()
    {
        const int Writers = 20;
        const int IncrementsEach = 25;
        await Store.WriteAsync("counter", Json("0"), WriteCondition.IfAbsent, CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < IncrementsEach; i++)
            {
                while (true)
                {
                    var entry = await Store.ReadAsync("counter", CancellationToken.None);
                    var next = int.Parse(Text(entry), System.Globalization.CultureInfo.InvariantCulture) + 1;
                    var written = await Store.WriteAsync(
                        "counter", Json(next.ToString(System.Globalization.CultureInfo.InvariantCulture)), WriteCondition.IfMatch(entry!.ETag), CancellationToken.None);
                    if (written is not null)
                    {
                        break;
                    }
                }
            }
        })));

        Assert.Equal((Writers * IncrementsEach).ToString(System.Globalization.CultureInfo.InvariantCulture), Text(await Store.ReadAsync("counter", CancellationToken.None)));
    }

    [Fact]
    public async Task Racing_IfAbsent_writes_let_exactly_one_win()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            Task.Run(() => Store.WriteAsync("race", Json(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), WriteCondition.IfAbsent, CancellationToken.None))));

        var winner = Assert.Single(results, r => r is not null);
        Assert.Equal(winner, (await Store.ReadAsync("race", CancellationToken.None))!.ETag);
    }

    private static byte[] Json(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(StateEntry? entry) => Encoding.UTF8.GetString(Assert.IsType<StateEntry>(entry).Value.Span);
}
