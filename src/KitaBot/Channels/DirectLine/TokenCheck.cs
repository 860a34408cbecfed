namespace KitaBot.Channels.DirectLine;

/// <summary>A checked token with the conversation and user it was issued for (set only when valid).</summary>
internal sealed record TokenCheck(TokenCheckStatus Status, string ConversationId, string UserId)
{
    public static TokenCheck Invalid { get; } = new(TokenCheckStatus.Invalid, "", "");

    public static TokenCheck Expired { get; } = new(TokenCheckStatus.Expired, "", "");
}
