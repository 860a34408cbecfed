namespace KitaBot.Channels.DirectLine;

/// <summary>The error answers of the endpoint, all as JSON <see cref="ErrorResponse"/> bodies.</summary>
internal static class DirectLineErrors
{
    public static IResult Unauthorized() =>
        Error(StatusCodes.Status401Unauthorized, "Unauthorized", "A valid Direct Line token is required in the Authorization header.");

    public static IResult TokenExpired() =>
        Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.");

    public static IResult Forbidden() =>
        Error(StatusCodes.Status403Forbidden, "Forbidden", "The token is not valid for this conversation.");

    public static IResult ConversationNotFound() =>
        Error(StatusCodes.Status404NotFound, "NotFound", "The conversation does not exist.");

    public static IResult BadArgument(string message) =>
        Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult TooLarge(int limit) =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The request body is larger than {limit} bytes.");

    public static IResult TooManyRequests() =>
        Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests; please wait a minute and try again.");

    public static IResult BotFailed() =>
        Error(StatusCodes.Status502BadGateway, "BotRejectedActivity", "The bot could not process the activity.");

    public static IResult Error(int statusCode, string code, string message) =>
        Results.Json(new ErrorResponse(new ErrorDetail(code, message)), DirectLineJson.Default.ErrorResponse, statusCode: statusCode);
}
