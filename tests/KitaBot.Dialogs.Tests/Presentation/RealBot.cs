using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Protocol;
using KitaBot.Dialogs.Registration;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Catalog;
using KitaBot.Storage.Configuration;
using KitaBot.Storage.Model;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KitaBot.Dialogs.Tests.Presentation;

/// <summary>
/// The real bot, composed from DI as the host composes it (storage, catalog, conversation), over a real SQLite
/// file in a temporary directory. E-mail codes are read from the real outbox the way the mail sender reads them.
/// </summary>
public sealed class RealBot : IAsyncDisposable
{
    private readonly string _directory;
    private readonly ServiceProvider _services;

    public RealBot(TimeProvider time)
    {
        _directory = Path.Combine(Path.GetTempPath(), "kitabot-presentation-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:SqlitePath"] = Path.Combine(_directory, "kitabot.db") })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddLogging();
        services.AddKitaBotStorage(configuration);
        services.AddKitaBotCatalog(_directory);
        services.AddKitaBotConversation();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public IServiceProvider Services => _services;

    public async Task<TurnOutcome> TurnAsync(Activity activity) =>
        await _services.GetRequiredService<IActivityProcessor>().ProcessAsync(activity, CancellationToken.None);

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity) => (await TurnAsync(activity)).Replies;

    /// <summary>The newest verification code queued for <paramref name="email"/>, claimed from the outbox and marked sent.</summary>
    public async Task<string> TakeCodeAsync(string email)
    {
        var outbox = _services.GetRequiredService<IOutbox>();
        var claimed = await outbox.ClaimDueAsync(50, TimeSpan.FromMinutes(5), CancellationToken.None);
        string? code = null;
        foreach (var message in claimed)
        {
            if (message.Message.Payload is VerificationCodePayload payload && message.Message.Recipient == email)
            {
                code = payload.Code;
            }

            await outbox.MarkSentAsync(message.Id, message.LeaseToken, CancellationToken.None);
        }

        return code ?? throw new InvalidOperationException("No verification code was queued for the address.");
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
