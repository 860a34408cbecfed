using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Notifications;
using KitaBot.Dialogs.Registration;
using KitaBot.Outbox;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Catalog;
using KitaBot.Storage.Configuration;
using KitaBot.Storage.Model;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KitaBot.Tests.Outbox;

/// <summary>
/// KitaBot's real stores (SQLite files in a data directory), catalog, texts and outbox, composed with the same
/// registration methods the host uses, without Kestrel, so a test drives <see cref="OutboxDispatcher.DispatchDueAsync"/> itself.
/// Two worlds over one data directory are two bot instances sharing a database.
/// </summary>
internal sealed class OutboxWorld : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private OutboxWorld(ServiceProvider services, string dataDirectory)
    {
        _services = services;
        DataDirectory = dataDirectory;
    }

    public string DataDirectory { get; }

    public string PickupDirectory => Path.Combine(DataDirectory, "mail-pickup");

    public OutboxDispatcher Dispatcher => Get<OutboxDispatcher>();

    public IFamilyStore Families => Get<IFamilyStore>();

    public IRegistrationStore Registrations => Get<IRegistrationStore>();

    public IEmailVerification Verification => Get<IEmailVerification>();

    public IPortalCatalog Catalog => Get<IPortalCatalog>();

    public IFacilityDirectory Facilities => Get<IFacilityDirectory>();

    public TextCatalog Texts => Get<TextCatalog>();

    public FamilyConversations Conversations => Get<FamilyConversations>();

    public static OutboxWorld Create(
        string dataDirectory, TimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = Path.Combine(dataDirectory, "kitabot.db"),
            ["Outbox:BatchSize"] = "5",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        configure?.Invoke(services);
        services.AddKitaBotStorage(configuration);
        services.AddKitaBotCatalog(dataDirectory);
        services.AddKitaBotConversation();
        services.AddKitaBotOutbox(configuration, dataDirectory);
        return new OutboxWorld(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }), dataDirectory);
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A family in a Kreis Soest town, speaking <paramref name="languageTag"/>.</summary>
    public async Task<Family> CreateFamilyAsync(string name, string email, string languageTag)
    {
        var town = Catalog.FindTownById(OutboxSamples.TownId)!;
        var address = new PostalAddress("Kirchstraße", "4", town.Postcodes[0], town.Id, town.Ortsteile.IsEmpty ? null : town.Ortsteile[0].Name);
        return await Families.CreateAsync(new NewFamily(name, email, "+4929211234567", address, languageTag), CancellationToken.None);
    }

    /// <summary>Releases one child with a registration for each of <paramref name="facilityIds"/>, in rank order.</summary>
    public Task<ReleaseResult> ReleaseAsync(Family family, string childFirstName, params string[] facilityIds) =>
        Registrations.ReleaseAsync(
            new ReleaseRequest(family.Id, $"release-{Guid.NewGuid():N}",
            [
                new ChildSubmission(
                    new NewChild(childFirstName, "Test", new ChildBirthDate(new DateOnly(2024, 5, 17), false), null),
                    [.. facilityIds.Select((id, index) => OutboxSamples.Kita(id, index + 1))]),
            ]),
            CancellationToken.None);

    /// <summary>The pickup folder's e-mails, by outbox file name.</summary>
    public IReadOnlyDictionary<string, EmlMessage> PickedUp() =>
        Directory.Exists(PickupDirectory)
            ? Directory.GetFiles(PickupDirectory).ToDictionary(path => Path.GetFileName(path), path => EmlMessage.Parse(File.ReadAllBytes(path)))
            : new Dictionary<string, EmlMessage>();

    /// <summary>The outbox rows as the database holds them: state, attempts, last error and whether a payload is kept.</summary>
    public IReadOnlyList<OutboxRow> OutboxRows()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(DataDirectory, "kitabot.db"), Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, state, attempts, last_error, payload IS NOT NULL FROM outbox ORDER BY created_at, id";
        using var reader = command.ExecuteReader();
        var rows = new List<OutboxRow>();
        while (reader.Read())
        {
            rows.Add(new OutboxRow(reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetBoolean(4)));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
