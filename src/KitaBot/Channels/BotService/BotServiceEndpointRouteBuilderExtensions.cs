namespace KitaBot.Channels.BotService;

/// <summary>Maps <c>/api/messages</c>; every method reaches the endpoint, which answers non-POST requests itself.</summary>
public static class BotServiceEndpointRouteBuilderExtensions
{
    public static IEndpointConventionBuilder MapBotService(this IEndpointRouteBuilder endpoints) =>
        endpoints.Map(BotServiceEndpoint.Route, context => context.RequestServices.GetRequiredService<BotServiceEndpoint>().HandleAsync(context));
}
