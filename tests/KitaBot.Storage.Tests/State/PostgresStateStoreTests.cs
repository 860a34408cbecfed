using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Postgres;
using KitaBot.Storage.Tests.Infrastructure;

namespace KitaBot.Storage.Tests.State;

/// <summary>The state contract against the real PostgreSQL server, in a schema of its own.</summary>
public sealed class PostgresStateStoreTests : StateStoreContract
{
    private IsolatedSchema? _schema;

    protected override async Task<IStateStore> CreateStoreAsync()
    {
        _schema = await TestPostgres.CreateSchemaAsync();
        return new PostgresStateStore(_schema.ConnectionString, TimeProvider.System);
    }

    protected override async Task DisposeResourcesAsync()
    {
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }

    [Fact]
    public async Task Two_instances_sharing_the_database_see_each_others_etags()
    {
        await using var other = new PostgresStateStore(_schema!.ConnectionString, TimeProvider.System);
        var eTag = await Store.WriteAsync("shared", "1"u8.ToArray(), WriteCondition.IfAbsent, CancellationToken.None);

        var fromOther = await other.WriteAsync("shared", "2"u8.ToArray(), WriteCondition.IfMatch(eTag!), CancellationToken.None);

        Assert.NotNull(fromOther);
        Assert.Null(await Store.WriteAsync("shared", "3"u8.ToArray(), WriteCondition.IfMatch(eTag!), CancellationToken.None));
    }

    [Fact]
    public async Task A_key_postgres_cannot_store_is_refused_without_harming_concurrent_writes()
    {
        var good = Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Store.WriteAsync($"ok-{i}", "{}"u8.ToArray(), WriteCondition.IfAbsent, CancellationToken.None)));

        await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync("bad\0key", "{}"u8.ToArray(), WriteCondition.Always, CancellationToken.None));
        Assert.All(await good, Assert.NotNull);
    }
}
