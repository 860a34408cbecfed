namespace KitaBot.Channels.DirectLine;

/// <summary>Maps <c>/v3/directline/...</c> and the Web Chat page at <c>/</c>.</summary>
public static class DirectLineEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        DirectLineEndpoints.Map(endpoints);
        endpoints.MapGet("/", WebChatPage.Render);
        return endpoints;
    }
}
