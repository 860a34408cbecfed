using KitaBot.Dialogs.Engine;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KitaBot.TestHost;

/// <summary>
/// The real KitaBot host (<see cref="KitaBotHost.Create"/>) on a free loopback port, with its own temporary data
/// folder and a known signing key. Pass a bot to replace the registered one, or none to run the real bot.
/// </summary>
public sealed class LoopbackKitaBot : IAsyncDisposable
{
    /// <summary>The signing key of test hosts, so tests can mint tokens (e.g. expired ones) the server accepts.</summary>
    public const string SigningKey = "kitabot-test-signing-key-not-for-production-0123456789";

    private readonly WebApplication _app;

    private readonly bool _ownsDataFolder;

    private LoopbackKitaBot(WebApplication app, Uri baseAddress, string dataFolder, bool ownsDataFolder)
    {
        _ownsDataFolder = ownsDataFolder;
        _app = app;
        BaseAddress = baseAddress;
        DataFolder = dataFolder;
    }

    /// <summary>e.g. http://127.0.0.1:41234/</summary>
    public Uri BaseAddress { get; }

    public string DataFolder { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="bot">The bot to run, or null for the one KitaBot registers.</param>
    /// <param name="settings">Configuration overrides, e.g. <c>DirectLine:ActivitiesPerMinutePerConversation</c>.</param>
    /// <param name="dataFolder">
    /// A data folder the caller owns (e.g. to restart on it), or null for a new temporary one that is deleted on dispose.
    /// </param>
    /// <param name="args">Extra command-line arguments for the host (they override <paramref name="settings"/>).</param>
    public static async Task<LoopbackKitaBot> StartAsync(
        IActivityProcessor? bot = null, IReadOnlyDictionary<string, string?>? settings = null, string? dataFolder = null, string[]? args = null)
    {
        var ownsDataFolder = dataFolder is null;
        dataFolder ??= Directory.CreateTempSubdirectory("kitabot-test-").FullName;
        var defaults = new Dictionary<string, string?>
        {
            ["DirectLine:SigningKey"] = SigningKey,
            ["KitaBot:DataDirectory"] = dataFolder,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            defaults[key] = value;
        }

        string[] hostArgs = ["--urls", "http://127.0.0.1:0", "--contentRoot", RepositoryPaths.HostContentRoot, .. args ?? []];
        var app = KitaBotHost.Create(hostArgs, builder =>
        {
            builder.Configuration.AddInMemoryCollection(defaults);
            if (bot is not null)
            {
                builder.Services.AddSingleton(bot);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackKitaBot(app, new Uri(address.TrimEnd('/') + "/"), dataFolder, ownsDataFolder);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownsDataFolder)
        {
            // SQLite connection pools may hold the files until cleared.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
