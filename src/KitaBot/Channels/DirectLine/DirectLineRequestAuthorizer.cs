namespace KitaBot.Channels.DirectLine;

/// <summary>
/// Checks the bearer token of a request in the documented order: missing, malformed or badly signed → 401; expired
/// → 403 TokenExpired; issued for another conversation → 403 (revealing nothing about that conversation).
/// </summary>
internal sealed class DirectLineRequestAuthorizer(DirectLineTokenService tokens)
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>Returns the valid token, or the error answer. With a conversation id the token must be for it.</summary>
    public async Task<(TokenCheck Token, IResult? Failure)> AuthorizeAsync(HttpRequest request, string? conversationId)
    {
        var header = request.Headers.Authorization.ToString();
        var token = header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : null;
        var check = await tokens.CheckAsync(token, TokenKind.Conversation);
        return check.Status switch
        {
            TokenCheckStatus.Invalid => (check, DirectLineErrors.Unauthorized()),
            TokenCheckStatus.Expired => (check, DirectLineErrors.TokenExpired()),
            _ when conversationId is not null && !string.Equals(conversationId, check.ConversationId, StringComparison.Ordinal)
                => (check, DirectLineErrors.Forbidden()),
            _ => (check, null),
        };
    }
}
