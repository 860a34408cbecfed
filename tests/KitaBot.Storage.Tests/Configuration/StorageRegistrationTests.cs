using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Configuration;
using KitaBot.Storage.Model;
using KitaBot.Storage.Postgres;
using KitaBot.Storage.Sqlite;
using KitaBot.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KitaBot.Storage.Tests.Configuration;

/// <summary>AddKitaBotStorage picks the database from configuration and wires working stores.</summary>
public sealed class StorageRegistrationTests
{
    [Fact]
    public async Task Sqlite_is_the_default_and_state_and_portal_share_one_file()
    {
        using var directory = new TempDirectory();
        var path = directory.File(Path.Combine("data", "kitabot.db"));
        await using var services = Build(new() { ["Storage:SqlitePath"] = path });

        var state = services.GetRequiredService<IStateStore>();
        Assert.IsType<SqliteStateStore>(state);
        Assert.NotNull(await state.WriteAsync("k", "{}"u8.ToArray(), WriteCondition.IfAbsent, CancellationToken.None));
        var family = await services.GetRequiredService<IFamilyStore>().CreateAsync(
            new NewFamily("A", "a@example.org", "+4929211234567", new PostalAddress("S", "1", "59494", "soest", null), "de-DE"), CancellationToken.None);

        Assert.Same(services.GetRequiredService<PortalStore>().Families, services.GetRequiredService<IFamilyStore>());
        Assert.NotNull(services.GetRequiredService<IEmailVerification>());
        Assert.NotNull(services.GetRequiredService<IRegistrationStore>());
        Assert.NotNull(services.GetRequiredService<IOutbox>());
        Assert.Single(await services.GetRequiredService<IAuditTrail>().ReadAsync(family.Id, CancellationToken.None));
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task Postgres_is_used_when_configured()
    {
        await using var schema = await TestPostgres.CreateSchemaAsync();
        await using var services = Build(new() { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = schema.ConnectionString });

        var state = services.GetRequiredService<IStateStore>();
        Assert.IsType<PostgresStateStore>(state);
        Assert.NotNull(await state.WriteAsync("k", "{}"u8.ToArray(), WriteCondition.IfAbsent, CancellationToken.None));
        Assert.IsType<NoCodeIssued>(await services.GetRequiredService<IEmailVerification>().VerifyAsync("a@example.org", "123456", CancellationToken.None));
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_is_a_clear_configuration_error()
    {
        await using var services = Build(new() { ["Storage:Provider"] = "postgres" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddKitaBotStorage(configuration).BuildServiceProvider();
    }
}
