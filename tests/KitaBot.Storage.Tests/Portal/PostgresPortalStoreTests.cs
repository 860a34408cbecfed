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
}
