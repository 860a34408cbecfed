using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Postgres;
using KitaBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KitaBot.Storage.Configuration;

/// <summary>Registers KitaBot's stores.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IStateStore"/>, <see cref="PortalStore"/> and its parts (<see cref="IFamilyStore"/>,
    /// <see cref="IEmailVerification"/>, <see cref="IRegistrationStore"/>, <see cref="IOutbox"/>, <see cref="IAuditTrail"/>)
    /// as singletons, bound to the <c>Storage</c> section: SQLite at <c>Storage:SqlitePath</c> by default, or PostgreSQL
    /// with <c>Storage:Provider = postgres</c> and <c>Storage:ConnectionString</c>.
    /// </summary>
    public static IServiceCollection AddKitaBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .Validate(
                o => o.Provider != StorageProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Storage:ConnectionString is required when Storage:Provider is postgres.")
            .Validate(o => o.Provider != StorageProvider.Sqlite || !string.IsNullOrWhiteSpace(o.SqlitePath), "Storage:SqlitePath must not be empty.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new SharedPostgresDataSource(Options(sp).ConnectionString!));
        services.TryAddSingleton<IStateStore>(sp =>
        {
            var options = Options(sp);
            var time = sp.GetRequiredService<TimeProvider>();
            return options.Provider == StorageProvider.Postgres
                ? new PostgresStateStore(sp.GetRequiredService<SharedPostgresDataSource>().DataSource, time)
                : new SqliteStateStore(options.SqlitePath, options.SqliteDurability, time);
        });
        services.TryAddSingleton(sp =>
        {
            var options = Options(sp);
            var time = sp.GetRequiredService<TimeProvider>();
            return options.Provider == StorageProvider.Postgres
                ? PortalStore.Postgres(sp.GetRequiredService<SharedPostgresDataSource>().DataSource, time)
                : PortalStore.Sqlite(options.SqlitePath, time);
        });
        services.TryAddSingleton(sp => sp.GetRequiredService<PortalStore>().Families);
        services.TryAddSingleton(sp => sp.GetRequiredService<PortalStore>().Verification);
        services.TryAddSingleton(sp => sp.GetRequiredService<PortalStore>().Registrations);
        services.TryAddSingleton(sp => sp.GetRequiredService<PortalStore>().Outbox);
        services.TryAddSingleton(sp => sp.GetRequiredService<PortalStore>().AuditTrail);
        return services;
    }

    private static StorageOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value;
}
