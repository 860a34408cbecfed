using KitaBot.Storage.Tests.Infrastructure;

namespace KitaBot.Storage.Tests.Portal;

/// <summary>The portal contract against a real SQLite file.</summary>
public sealed class SqlitePortalStoreTests : PortalStoreContract
{
    private readonly TempDirectory _directory = new();

    protected override Task<PortalStore> CreateStoreAsync(TimeProvider time) =>
        Task.FromResult(PortalStore.Sqlite(_directory.File("portal.db"), time));

    protected override Task DisposeResourcesAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }
}
