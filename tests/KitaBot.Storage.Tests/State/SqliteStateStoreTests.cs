using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Configuration;
using KitaBot.Storage.Sqlite;
using KitaBot.Storage.Tests.Infrastructure;

namespace KitaBot.Storage.Tests.State;

/// <summary>The state contract against a real SQLite file.</summary>
public sealed class SqliteStateStoreTests : StateStoreContract
{
    private readonly TempDirectory _directory = new();

    protected override Task<IStateStore> CreateStoreAsync() =>
        Task.FromResult<IStateStore>(new SqliteStateStore(_directory.File("state.db"), SqliteDurability.Normal, TimeProvider.System));

    protected override Task DisposeResourcesAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Committed_writes_survive_reopening_the_file()
    {
        var eTag = await Store.WriteAsync("k", "{\"a\":1}"u8.ToArray(), WriteCondition.IfAbsent, CancellationToken.None);
        await ((IAsyncDisposable)Store).DisposeAsync();

        await using var reopened = new SqliteStateStore(_directory.File("state.db"), SqliteDurability.Full, TimeProvider.System);
        var entry = await reopened.ReadAsync("k", CancellationToken.None);

        Assert.Equal(eTag, entry!.ETag);
        Assert.NotNull(await reopened.WriteAsync("k", "{}"u8.ToArray(), WriteCondition.IfMatch(eTag!), CancellationToken.None));
    }

    [Fact]
    public async Task A_store_that_could_not_open_its_file_recovers_once_the_folder_can_be_created()
    {
        var blocker = _directory.File("blocked");
        await File.WriteAllTextAsync(blocker, "a file where the data folder should be");
        await using var store = new SqliteStateStore(Path.Combine(blocker, "state.db"), SqliteDurability.Normal, TimeProvider.System);

        await Assert.ThrowsAsync<IOException>(() => store.WriteAsync("k", "1"u8.ToArray(), WriteCondition.IfAbsent, CancellationToken.None));
        File.Delete(blocker);

        Assert.NotNull(await store.WriteAsync("k", "1"u8.ToArray(), WriteCondition.IfAbsent, CancellationToken.None));
        Assert.NotNull(await store.ReadAsync("k", CancellationToken.None));
    }
}
