using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Protocol;
using KitaBot.Dialogs.Registration;
using KitaBot.Dialogs.Tests.Testing;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Catalog;
using KitaBot.Storage.Catalog.Loading;
using KitaBot.Storage.Catalog.Model;
using KitaBot.Storage.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KitaBot.Dialogs.Tests.Registration.Host;

/// <summary>
/// The real KitaBot conversation, composed from DI exactly as <c>KitaBotHost</c> composes it
/// (<c>AddKitaBotStorage</c>, <c>AddKitaBotCatalog</c>, <c>AddKitaBotConversation</c>), over a real SQLite file in a
/// temporary folder, the shipped catalog and a pinned clock. <see cref="Processor"/> is the bot as channels call it,
/// wrapped in a <see cref="TranscriptInstrument"/> that types e-mail codes read from the real outbox.
/// </summary>
public sealed class RegistrationTestHost : IAsyncDisposable
{
    /// <summary>Saturday 21 Nov 2026, 10:00 in Berlin: after STEP's deadline (31 Oct) and Kreis Soest's (15 Nov).</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    /// <param name="importedFacilities">Kitas an operator imported on top of the shipped directory (the
    /// <c>import-facilities</c> verb's file in the data folder), for cases the shipped data cannot show.</param>
    /// <param name="wrapStateStore">Wraps the real conversation state store, e.g. to provoke a conflict.</param>
    public RegistrationTestHost(IReadOnlyList<Facility>? importedFacilities = null, Func<IStateStore, IStateStore>? wrapStateStore = null)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "kitabot-regtests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        Time = new ManualTimeProvider(Start);
        if (importedFacilities is not null)
        {
            var shipped = CatalogLoader.LoadShippedFacilities();
            FacilityDataFileWriter.WriteAtomicallyAsync(
                CatalogLoader.OperatorFacilitiesPath(DataDirectory)!,
                shipped with { DataVersion = shipped.DataVersion + "+test-import", Facilities = shipped.Facilities.AddRange(importedFacilities) },
                CancellationToken.None).GetAwaiter().GetResult();
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{StorageOptions.SectionName}:{nameof(StorageOptions.SqlitePath)}"] = DatabasePath,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddKitaBotStorage(configuration);
        services.AddKitaBotCatalog(DataDirectory);
        services.AddKitaBotConversation();
        if (wrapStateStore is not null)
        {
            var real = services.Single(d => d.ServiceType == typeof(IStateStore));
            services.Remove(real);
            services.AddSingleton(provider => wrapStateStore((IStateStore)real.ImplementationFactory!(provider)));
        }

        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Bot = _services.GetRequiredService<IActivityProcessor>();
        Mailbox = new TestMailbox(_services.GetRequiredService<IOutbox>());
        Instrument = new TranscriptInstrument(Bot, Mailbox, Time);
    }

    public string DataDirectory { get; }

    public string DatabasePath => Path.Combine(DataDirectory, "kitabot.db");

    public ManualTimeProvider Time { get; }

    /// <summary>The bot exactly as a channel calls it.</summary>
    public IActivityProcessor Bot { get; }

    /// <summary>The bot with e-mail codes typed from the outbox and reference numbers made stable, for transcripts.</summary>
    public TranscriptInstrument Instrument { get; }

    public IActivityProcessor Processor => Instrument;

    public TestMailbox Mailbox { get; }

    public IFamilyStore Families => _services.GetRequiredService<IFamilyStore>();

    public IRegistrationStore Registrations => _services.GetRequiredService<IRegistrationStore>();

    public IStateStore StateStore => _services.GetRequiredService<IStateStore>();

    public IPortalCatalog Catalog => _services.GetRequiredService<IPortalCatalog>();

    public IFacilityDirectory Facilities => _services.GetRequiredService<IFacilityDirectory>();

    public TextCatalog Texts => _services.GetRequiredService<TextCatalog>();

    /// <summary>A catalog text as the family reads it, to assert the exact reason a re-prompt gives.</summary>
    public string Text(Language language, TextId id, params TextArg[] args) => Texts.Get(id, language, args);

    public ConversationDriver Drive(string locale, string? conversationId = null) => new(Processor, Conversation(locale, conversationId));

    public T Service<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A conversation on the test channel with the client's locale.</summary>
    public TestConversation Conversation(string locale, string? conversationId = null) =>
        new(Time, ChannelIds.Test, conversationId, locale);

    public TestFlow Flow(TestConversation conversation) => new(Processor, conversation);

    /// <summary>Counts rows with plain SQL: what the database file holds, whatever the stores' code says.</summary>
    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left to the temp folder's cleanup; the test's result does not depend on it.
        }
    }
}
