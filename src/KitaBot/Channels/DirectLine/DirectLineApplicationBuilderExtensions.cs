namespace KitaBot.Channels.DirectLine;

/// <summary>The middleware the Direct Line endpoint and the Web Chat page need: WebSockets, rate limiting, static files.</summary>
public static class DirectLineApplicationBuilderExtensions
{
    public static IApplicationBuilder UseDirectLine(this IApplicationBuilder app)
    {
        app.UseWebSockets();
        app.UseRateLimiter();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context => context.Context.Response.Headers.XContentTypeOptions = "nosniff",
        });
        return app;
    }
}
