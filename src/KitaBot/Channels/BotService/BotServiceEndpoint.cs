using System.Text.Json;
using KitaBot.Channels.BotService.Authentication;
using KitaBot.Channels.BotService.Outbound;
using KitaBot.Channels.BotService.Teams;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Protocol;
using Microsoft.Extensions.Options;

namespace KitaBot.Channels.BotService;

/// <summary>
/// <c>/api/messages</c> for Azure Bot Service channels (botframework.md §1.3). A POST is read, authenticated, gated
/// by tenant, handed to the bot as one whole turn, and answered: expectReplies in the body, invokes with their
/// invoke response, everything else with an empty 200, after which the replies go out through the connector.
/// </summary>
internal sealed class BotServiceEndpoint(
    IOptions<BotServiceOptions> options,
    ChannelRequestAuthenticator authenticator,
    TeamsTenantGate tenantGate,
    TrustedServiceUrls trustedServiceUrls,
    ConnectorChannelDelivery delivery,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    ILogger<BotServiceEndpoint> logger)
{
    public const string Route = "/api/messages";

    public async Task HandleAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (IsStreamingUpgrade(context.Request))
        {
            await RefuseStreamingAsync(context);
            return;
        }

        if (!HttpMethods.IsPost(method))
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            await WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, "MethodNotAllowed", "Only POST is supported.");
            return;
        }

        await HandlePostAsync(context);
    }

    /// <summary>A WebSocket upgrade of GET, recognised from the headers (no WebSocket middleware runs yet).</summary>
    private static bool IsStreamingUpgrade(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Headers.Upgrade.ToString().Contains("websocket", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Voice channels (Telephony, Direct Line Speech) reach the bot over the Bot Framework streaming protocol, a
    /// WebSocket upgrade of <c>GET /api/messages</c>. It is not implemented yet, so the upgrade is refused here; this
    /// is the one place a streaming transport will hook in.
    /// </summary>
    private async Task RefuseStreamingAsync(HttpContext context)
    {
        logger.LogInformation("Refused a streaming (WebSocket) connection to {Route}: streaming is not supported yet.", Route);
        context.Response.Headers.Allow = HttpMethods.Post;
        await WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, "MethodNotAllowed", "Streaming connections are not supported.");
    }

    private async Task HandlePostAsync(HttpContext context)
    {
        var settings = options.Value;
        var body = await ActivityBodyReader.ReadAsync(context.Request, settings.MaxRequestBodyBytes, context.RequestAborted);
        if (body is null)
        {
            await WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge",
                $"The activity exceeds {settings.MaxRequestBodyBytes} bytes.");
            return;
        }

        var activity = ProtocolJson.TryReadActivity(body);
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, "BadRequest", "The body must be an activity with a type.");
            return;
        }

        var expectsReplies = activity.DeliveryMode == DeliveryModes.ExpectReplies;
        Uri? serviceUrl = null;
        var hasUsableServiceUrl = activity.ServiceUrl is null || TrustedServiceUrls.TryParse(activity.ServiceUrl, out serviceUrl);
        if (!hasUsableServiceUrl || (serviceUrl is null && !expectsReplies))
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, "BadRequest", "The activity needs an absolute http(s) serviceUrl.");
            return;
        }

        // callerId is ours to set (spec A2251): whatever came over the wire is discarded before authentication.
        activity.CallerId = null;
        var authentication = await authenticator.AuthenticateAsync(context.Request.Headers.Authorization, activity, context.RequestAborted);
        if (!authentication.Accepted)
        {
            logger.LogWarning("Refused a request to {Route}: {Failure} {Detail}", Route, authentication.Failure, authentication.Detail);
            await WriteErrorAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", "Authentication failed.");
            return;
        }

        activity.CallerId = authentication.CallerId;
        if (serviceUrl is not null)
        {
            trustedServiceUrls.Remember(serviceUrl);
        }

        if (!tenantGate.Allows(activity))
        {
            await RefuseTenantAsync(context, activity, expectsReplies);
            return;
        }

        BotMentionStripper.Strip(activity);
        if (AdaptiveCardAction.IsInvoke(activity) && AdaptiveCardAction.FindProblem(activity.Value) is { } problem)
        {
            await WriteAdaptiveCardErrorAsync(context, problem);
            return;
        }

        await RunTurnAsync(context, activity, expectsReplies);
    }

    private async Task RunTurnAsync(HttpContext context, Activity activity, bool expectsReplies)
    {
        TurnOutcome outcome;
        try
        {
            // The turn is not cancelled when the channel gives up waiting: state and replies must stay consistent.
            var processor = context.RequestServices.GetRequiredService<IActivityProcessor>();
            var turn = processor.ProcessAsync(activity, lifetime.ApplicationStopping);
            if (!expectsReplies && activity.Type == ActivityTypes.Message)
            {
                await ShowTypingWhileSlowAsync(turn, activity);
            }

            outcome = await turn;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !lifetime.ApplicationStopping.IsCancellationRequested)
        {
            logger.LogError("The turn for a {ActivityType} activity on {ChannelId} failed with {Error}.",
                activity.Type, activity.ChannelId, exception.GetType().Name);
            await WriteErrorAsync(context, StatusCodes.Status500InternalServerError, "TurnFailed", "The bot could not process the activity.");
            return;
        }

        if (expectsReplies)
        {
            await WriteExpectedRepliesAsync(context, outcome.Replies);
            return;
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            await WriteInvokeResponseAsync(context, outcome.InvokeResponse);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
        }

        await context.Response.CompleteAsync();
        await DeliverAsync(outcome.Replies);
    }

    /// <summary>A turn that takes longer than a moment shows the typing indicator, so nobody wonders whether it was heard.</summary>
    private async Task ShowTypingWhileSlowAsync(Task turn, Activity activity)
    {
        var finished = await Task.WhenAny(turn, Task.Delay(options.Value.TypingAfter, timeProvider, lifetime.ApplicationStopping)) == turn;
        if (finished || turn.IsCompleted)
        {
            return;
        }

        try
        {
            await delivery.SendTypingAsync(activity.GetConversationReference(), lifetime.ApplicationStopping);
        }
        catch (HttpRequestException exception)
        {
            logger.LogWarning("The typing indicator could not be sent ({Status}).", (int?)exception.StatusCode);
        }
        catch (InvalidOperationException)
        {
            logger.LogWarning("The typing indicator was not sent: the service URL is not trusted.");
        }
    }

    private async Task RefuseTenantAsync(HttpContext context, Activity activity, bool expectsReplies)
    {
        logger.LogWarning("Refused a Teams {ActivityType} activity from a tenant that is not allowed.", activity.Type);
        if (activity.Type == ActivityTypes.Invoke)
        {
            await WriteErrorAsync(context, StatusCodes.Status403Forbidden, "TenantNotAllowed", BotServiceTexts.TenantNotAllowed(activity.Locale));
            return;
        }

        var refusal = activity.CreateReply();
        refusal.Text = BotServiceTexts.TenantNotAllowed(activity.Locale);
        refusal.TextFormat = "plain";
        if (expectsReplies)
        {
            await WriteExpectedRepliesAsync(context, [refusal]);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        await context.Response.CompleteAsync();
        await DeliverAsync([refusal]);
    }

    /// <summary>Sends replies after the HTTP answer is complete; failures are logged, the channel already has its 200.</summary>
    private async Task DeliverAsync(IReadOnlyList<Activity> replies)
    {
        if (replies.Count == 0)
        {
            return;
        }

        try
        {
            await delivery.SendInOrderAsync(replies, lifetime.ApplicationStopping);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !lifetime.ApplicationStopping.IsCancellationRequested)
        {
            var status = (int?)(exception as HttpRequestException)?.StatusCode;
            logger.LogError("Delivering {Count} replies through the connector failed with {Error} {Status}: {Reason}",
                replies.Count, exception.GetType().Name, status, exception is InvalidOperationException ? exception.Message : null);
        }
    }

    private static async Task WriteExpectedRepliesAsync(HttpContext context, IReadOnlyList<Activity> replies)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, new ExpectedReplies { Activities = [.. replies] },
            ProtocolJson.Default.ExpectedReplies, context.RequestAborted);
    }

    /// <summary>The bot's invoke response becomes the HTTP answer; no response means the invoke is not implemented (501).</summary>
    private static async Task WriteInvokeResponseAsync(HttpContext context, InvokeResponse? invokeResponse)
    {
        if (invokeResponse is null)
        {
            await WriteErrorAsync(context, StatusCodes.Status501NotImplemented, "NotImplemented", "The bot does not handle this invoke.");
            return;
        }

        context.Response.StatusCode = invokeResponse.Status;
        if (invokeResponse.Body is { } body)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(context.Response.Body, body, BotServiceJson.Default.JsonElement, context.RequestAborted);
        }
    }

    private static async Task WriteAdaptiveCardErrorAsync(HttpContext context, string message)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "application/json; charset=utf-8";
        var error = new AdaptiveCardErrorResponse(StatusCodes.Status400BadRequest, AdaptiveCardErrorResponse.ErrorType, new ErrorDetail("BadRequest", message));
        await JsonSerializer.SerializeAsync(context.Response.Body, error, BotServiceJson.Default.AdaptiveCardErrorResponse, context.RequestAborted);
    }

    private static async Task WriteErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, new ErrorResponse(new ErrorDetail(code, message)),
            BotServiceJson.Default.ErrorResponse, context.RequestAborted);
    }
}
