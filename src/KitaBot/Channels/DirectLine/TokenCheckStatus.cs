namespace KitaBot.Channels.DirectLine;

/// <summary>The outcome of checking a token: malformed or wrongly signed (401), expired (403), or valid.</summary>
internal enum TokenCheckStatus
{
    Invalid,
    Expired,
    Valid,
}
