using KitaBot.Storage.Tests.Infrastructure;

namespace KitaBot.Storage.Tests.Portal;

/// <summary>The portal contract against the real PostgreSQL server, in a schema of its own.</summary>
public sealed class PostgresPortalStoreTests : PortalStoreContract
{
    private IsolatedSchema? _schema;

    protected override async Task<PortalStore> CreateStoreAsync(TimeProvider time)
    {
        _schema = await TestPostgres.CreateSchemaAsync();
        return PortalStore.Postgres(_schema.ConnectionString, time);
    }

    protected override async Task DisposeResourcesAsync()
    {
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }

    [Fact]
    public async Task Two_bot_instances_sharing_the_database_never_claim_the_same_message()
    {
        await using var other = PortalStore.Postgres(_schema!.ConnectionString, Time);
        for (var i = 0; i < 40; i++)
        {
            await Store.Outbox.EnqueueAsync(
                new Storage.Model.OutboxMessage($"f{i}@example.org", "de-DE", new Storage.Model.ConfirmationEmailPayload([$"KB-2026-{i:D6}"])), CancellationToken.None);
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            (i % 2 == 0 ? Store : other).Outbox.ClaimDueAsync(5, TimeSpan.FromMinutes(5), CancellationToken.None))));

        // Under READ COMMITTED a claim may return fewer rows than asked when a row changed under it; a final sweep
        // picks those up, and no message may appear twice.
        var sweep = await Store.Outbox.ClaimDueAsync(40, TimeSpan.FromMinutes(5), CancellationToken.None);
        var ids = claims.SelectMany(c => c).Concat(sweep).Select(c => c.Id).ToList();
        Assert.Equal(40, ids.Count);
        Assert.Equal(40, ids.Distinct().Count());
    }
}
