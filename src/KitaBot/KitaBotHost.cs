using KitaBot.Channels.BotService;
using KitaBot.Channels.DirectLine;
using KitaBot.Dialogs.Registration;
using KitaBot.Outbox;
using KitaBot.Storage.Catalog;
using KitaBot.Storage.Configuration;

namespace KitaBot;

/// <summary>
/// Composes the web application. Program.cs runs it; tests call <see cref="Create"/> with their own
/// configuration and listen on a loopback port, so they exercise exactly what production runs.
/// </summary>
public static class KitaBotHost
{
    /// <summary>Where the databases, keys, mail pickup and an operator's facility import live, relative to the content root.</summary>
    public const string DataDirectoryKey = "KitaBot:DataDirectory";

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddDirectLine(builder.Configuration);

        // A test's own bot, registered here, wins: the conversation registers its processor only if none is there.
        configure?.Invoke(builder);

        var dataDirectory = DataDirectory(builder);
        Directory.CreateDirectory(dataDirectory);
        builder.Configuration[$"{StorageOptions.SectionName}:{nameof(StorageOptions.SqlitePath)}"] ??= Path.Combine(dataDirectory, "kitabot.db");
        builder.Configuration["DirectLine:DataFolder"] ??= dataDirectory;
        builder.Services.AddKitaBotStorage(builder.Configuration);
        builder.Services.AddKitaBotCatalog(dataDirectory);
        builder.Services.AddKitaBotConversation();
        builder.Services.AddKitaBotOutbox(builder.Configuration, dataDirectory);

        var botService = BotServiceSwitch.IsEnabled(builder.Configuration, builder.Environment);
        if (botService)
        {
            builder.Services.AddBotService();
        }

        var app = builder.Build();
        app.UseDirectLine();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapDirectLine();
        if (botService)
        {
            app.MapBotService();
        }
        else
        {
            app.Logger.LogInformation("The Azure Bot Service channel (/api/messages) is off: set MicrosoftAppId, or BotService:Enabled=true.");
        }

        return app;
    }

    public static string DataDirectory(WebApplicationBuilder builder) =>
        Path.GetFullPath(builder.Configuration[DataDirectoryKey] ?? "data", builder.Environment.ContentRootPath);
}
