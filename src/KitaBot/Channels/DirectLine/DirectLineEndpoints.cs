using System.Globalization;
using System.Text.Json;
using KitaBot.Dialogs.Protocol;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KitaBot.Channels.DirectLine;

/// <summary>
/// The request handlers of <c>/v3/directline</c>. Every answer is JSON; errors use the Direct Line ErrorResponse.
/// GET /activities answers only 200, 403 or 404, because any other status silently stops a polling client.
/// </summary>
internal static class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";
    public const string TokenRateLimitPolicy = "directline-tokens";
    private const string ActivityPartType = "application/vnd.microsoft.activity";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(BasePath);
        group.MapPost("/tokens/generate", GenerateToken).RequireRateLimiting(TokenRateLimitPolicy);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversation);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.MapPost("/conversations/{conversationId}/activities", PostActivity);
        group.MapPost("/conversations/{conversationId}/upload", Upload);
        group.MapGet("/conversations/{conversationId}/stream", Stream);
    }

    /// <summary>Mints a token for a new conversation and user; the page calls this, the conversation starts later.</summary>
    private static IResult GenerateToken(DirectLineTokenService tokens)
    {
        var conversationId = DirectLineTokenService.NewConversationId();
        var token = tokens.IssueConversationToken(conversationId, DirectLineTokenService.NewUserId());
        return Results.Json(
            new ConversationResponse(conversationId, token, (int)tokens.TokenLifetime.TotalSeconds, null),
            DirectLineJson.Default.ConversationResponse);
    }

    private static async Task<IResult> RefreshToken(HttpRequest request, DirectLineRequestAuthorizer authorizer, DirectLineTokenService tokens)
    {
        var (token, failure) = await authorizer.AuthorizeAsync(request, conversationId: null);
        if (failure is not null)
        {
            return failure;
        }

        return Results.Json(
            new ConversationResponse(token.ConversationId, tokens.IssueConversationToken(token.ConversationId, token.UserId),
                (int)tokens.TokenLifetime.TotalSeconds, null),
            DirectLineJson.Default.ConversationResponse);
    }

    private static async Task<IResult> StartConversation(
        HttpContext context,
        DirectLineRequestAuthorizer authorizer,
        DirectLineTokenService tokens,
        DirectLineConversations conversations,
        IOptions<DirectLineOptions> options,
        IHostApplicationLifetime lifetime)
    {
        var (token, failure) = await authorizer.AuthorizeAsync(context.Request, conversationId: null);
        if (failure is not null)
        {
            return failure;
        }

        var limit = options.Value.MaxActivityBytes;
        var body = await LimitedBody.ReadAsync(context.Request, limit, context.RequestAborted);
        if (body is null)
        {
            return DirectLineErrors.TooLarge(limit);
        }

        string? locale = null;
        if (body.Length > 0)
        {
            try
            {
                locale = JsonSerializer.Deserialize(body, DirectLineJson.Default.StartConversationRequest)?.Locale;
            }
            catch (JsonException)
            {
                return DirectLineErrors.BadArgument("The body must be a JSON object such as {\"locale\":\"de-DE\"}.");
            }
        }

        // The turn outlives a client that disconnects: the welcome is stored and read after reconnecting.
        var created = await conversations.StartAsync(token.ConversationId, token.UserId, locale, lifetime.ApplicationStopping);
        var response = ConversationFor(context.Request, tokens, token, watermark: null);
        return Results.Json(response, DirectLineJson.Default.ConversationResponse,
            statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>Resume and WebSocket reconnect: a fresh token and a streamUrl that replays from the watermark.</summary>
    private static async Task<IResult> Reconnect(
        HttpContext context, string conversationId, DirectLineRequestAuthorizer authorizer, DirectLineTokenService tokens,
        DirectLineConversations conversations)
    {
        var (token, failure) = await AuthorizeExistingAsync(context, conversationId, authorizer, conversations);
        if (failure is not null)
        {
            return failure;
        }

        if (!TryParseWatermark(context.Request, out var watermark))
        {
            return DirectLineErrors.BadArgument("The watermark is not one this server issued.");
        }

        return Results.Json(ConversationFor(context.Request, tokens, token, watermark), DirectLineJson.Default.ConversationResponse);
    }

    private static async Task<IResult> GetActivities(
        HttpContext context, string conversationId, DirectLineRequestAuthorizer authorizer, DirectLineConversations conversations)
    {
        var (_, failure) = await AuthorizeExistingAsync(context, conversationId, authorizer, conversations);
        if (failure is not null)
        {
            return failure;
        }

        if (!TryParseWatermark(context.Request, out var watermark))
        {
            return DirectLineErrors.BadArgument("The watermark is not one this server issued.");
        }

        var from = watermark ?? 0;
        var activities = await conversations.ReadAsync(conversationId, from, context.RequestAborted);
        var next = activities.Count > 0 ? activities[^1].Sequence + 1 : from;
        return Results.Bytes(ActivitySetWriter.Write(activities, next), "application/json; charset=utf-8");
    }

    private static async Task<IResult> PostActivity(
        HttpContext context,
        string conversationId,
        DirectLineRequestAuthorizer authorizer,
        DirectLineConversations conversations,
        ConversationRateLimiter rateLimiter,
        IOptions<DirectLineOptions> options,
        IHostApplicationLifetime lifetime)
    {
        var (token, failure) = await AuthorizeExistingAsync(context, conversationId, authorizer, conversations);
        if (failure is not null)
        {
            return failure;
        }

        if (!rateLimiter.TryAcquire(conversationId))
        {
            return DirectLineErrors.TooManyRequests();
        }

        var limit = options.Value.MaxActivityBytes;
        var body = await LimitedBody.ReadAsync(context.Request, limit, context.RequestAborted);
        if (body is null)
        {
            return DirectLineErrors.TooLarge(limit);
        }

        var activity = ProtocolJson.TryReadActivity(body);
        if (activity is null || string.IsNullOrEmpty(activity.Type))
        {
            return DirectLineErrors.BadArgument("The body must be an activity with a type.");
        }

        return await PostAsync(conversations, token, activity, lifetime.ApplicationStopping);
    }

    /// <summary>
    /// Uploads are not kept: the files are read and discarded, and the bot receives the message with the attachments'
    /// names and types only, so it can say politely that it cannot accept files.
    /// </summary>
    private static async Task<IResult> Upload(
        HttpContext context,
        string conversationId,
        DirectLineRequestAuthorizer authorizer,
        DirectLineConversations conversations,
        ConversationRateLimiter rateLimiter,
        IOptions<DirectLineOptions> options,
        IHostApplicationLifetime lifetime)
    {
        var (token, failure) = await AuthorizeExistingAsync(context, conversationId, authorizer, conversations);
        if (failure is not null)
        {
            return failure;
        }

        if (!rateLimiter.TryAcquire(conversationId))
        {
            return DirectLineErrors.TooManyRequests();
        }

        var limits = options.Value;
        if (context.Request.ContentLength > limits.MaxUploadBytes)
        {
            return DirectLineErrors.TooLarge(limits.MaxUploadBytes);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limits.MaxUploadBytes;
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return DirectLineErrors.BadArgument("An upload must be multipart/form-data.");
        }

        Activity? activity = null;
        var attachments = new List<Attachment>();
        try
        {
            var reader = new MultipartReader(boundary, context.Request.Body) { BodyLengthLimit = limits.MaxUploadBytes };
            while (await reader.ReadNextSectionAsync(context.RequestAborted) is { } section)
            {
                if (section.ContentType?.StartsWith(ActivityPartType, StringComparison.OrdinalIgnoreCase) == true)
                {
                    using var part = new MemoryStream();
                    await section.Body.CopyToAsync(part, context.RequestAborted);
                    activity = ProtocolJson.TryReadActivity(part.ToArray());
                    if (activity is null)
                    {
                        return DirectLineErrors.BadArgument("The activity part is not a valid activity.");
                    }

                    continue;
                }

                await section.Body.CopyToAsync(System.IO.Stream.Null, context.RequestAborted);
                var name = ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    ? HeaderUtilities.RemoveQuotes(disposition.FileName).Value
                    : null;
                attachments.Add(new Attachment { ContentType = section.ContentType ?? "application/octet-stream", Name = name });
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return DirectLineErrors.TooLarge(limits.MaxUploadBytes);
        }
        catch (InvalidDataException)
        {
            return DirectLineErrors.BadArgument("The upload is not valid multipart/form-data or is too large.");
        }

        activity ??= new Activity { Type = ActivityTypes.Message };
        activity.Type ??= ActivityTypes.Message;
        activity.Attachments = attachments;
        return await PostAsync(conversations, token, activity, lifetime.ApplicationStopping);
    }

    private static async Task Stream(
        HttpContext context,
        string conversationId,
        DirectLineTokenService tokens,
        DirectLineConversations conversations,
        DirectLineStream stream,
        IHostApplicationLifetime lifetime)
    {
        var check = await tokens.CheckAsync(context.Request.Query["t"].ToString(), TokenKind.Stream);
        var failure = check.Status switch
        {
            TokenCheckStatus.Invalid => DirectLineErrors.Unauthorized(),
            TokenCheckStatus.Expired => DirectLineErrors.TokenExpired(),
            _ when !string.Equals(check.ConversationId, conversationId, StringComparison.Ordinal) => DirectLineErrors.Forbidden(),
            _ when !IsSameOrigin(context.Request) => DirectLineErrors.Error(StatusCodes.Status403Forbidden, "Forbidden", "Cross-origin streams are not allowed."),
            _ when await conversations.FindAsync(conversationId, context.RequestAborted) is null => DirectLineErrors.ConversationNotFound(),
            _ when !context.WebSockets.IsWebSocketRequest => DirectLineErrors.BadArgument("This address accepts WebSocket connections only."),
            _ => null,
        };
        long? watermark = null;
        if (failure is null && !TryParseWatermark(context.Request, out watermark))
        {
            failure = DirectLineErrors.BadArgument("The watermark is not one this server issued.");
        }

        if (failure is not null)
        {
            await failure.ExecuteAsync(context);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        await stream.RunAsync(socket, conversationId, watermark ?? 0, stop.Token);
    }

    private static async Task<IResult> PostAsync(DirectLineConversations conversations, TokenCheck token, Activity activity, CancellationToken cancellationToken)
    {
        var posted = await conversations.PostAsync(token.ConversationId, token.UserId, activity, cancellationToken);
        return posted.TurnSucceeded
            ? Results.Json(new ResourceResponse { Id = posted.Id }, ProtocolJson.Default.ResourceResponse)
            : DirectLineErrors.BotFailed();
    }

    private static async Task<(TokenCheck Token, IResult? Failure)> AuthorizeExistingAsync(
        HttpContext context, string conversationId, DirectLineRequestAuthorizer authorizer, DirectLineConversations conversations)
    {
        var (token, failure) = await authorizer.AuthorizeAsync(context.Request, conversationId);
        if (failure is null && await conversations.FindAsync(conversationId, context.RequestAborted) is null)
        {
            failure = DirectLineErrors.ConversationNotFound();
        }

        return (token, failure);
    }

    private static ConversationResponse ConversationFor(HttpRequest request, DirectLineTokenService tokens, TokenCheck token, long? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var streamUrl = string.Create(CultureInfo.InvariantCulture,
            $"{scheme}://{request.Host}{request.PathBase}{BasePath}/conversations/{Uri.EscapeDataString(token.ConversationId)}/stream"
            + $"?t={Uri.EscapeDataString(tokens.IssueStreamToken(token.ConversationId, token.UserId))}");
        if (watermark is { } value)
        {
            streamUrl += string.Create(CultureInfo.InvariantCulture, $"&watermark={value}");
        }

        return new ConversationResponse(
            token.ConversationId, tokens.IssueConversationToken(token.ConversationId, token.UserId),
            (int)tokens.TokenLifetime.TotalSeconds, streamUrl);
    }

    /// <summary>Absent or empty means "from the start"; otherwise a non-negative number this server issued.</summary>
    private static bool TryParseWatermark(HttpRequest request, out long? watermark)
    {
        watermark = null;
        var value = request.Query["watermark"].ToString();
        if (value.Length == 0)
        {
            return true;
        }

        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            watermark = parsed;
            return true;
        }

        return false;
    }

    /// <summary>Browsers send Origin on WebSocket upgrades; our page is served from this same host.</summary>
    private static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0
            || (Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
