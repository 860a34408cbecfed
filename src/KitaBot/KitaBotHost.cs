using KitaBot.Channels.DirectLine;

namespace KitaBot;

/// <summary>
/// Composes the web application. Program.cs runs it; tests call <see cref="Create"/> with their own
/// configuration and listen on a loopback port, so they exercise exactly what production runs.
/// </summary>
public static class KitaBotHost
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddDirectLine(builder.Configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseDirectLine();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapDirectLine();
        return app;
    }
}
