namespace KitaBot.Channels.BotService.Authentication;

/// <summary>
/// The outcome of authenticating one request to <c>/api/messages</c>: accepted (with the caller id to stamp on the
/// activity, null when authentication is off) or refused with the reason to log.
/// </summary>
internal sealed record InboundAuthentication(bool Accepted, string? CallerId, AuthenticationFailure? Failure, string? Detail)
{
    /// <summary>The caller id for activities from Azure Bot Service channels (public cloud).</summary>
    public const string AzureCallerId = "urn:botframework:azure";

    public static InboundAuthentication Anonymous { get; } = new(true, null, null, null);

    public static InboundAuthentication Channel { get; } = new(true, AzureCallerId, null, null);

    public static InboundAuthentication Refused(AuthenticationFailure failure, string? detail = null) => new(false, null, failure, detail);
}
