namespace KitaBot.Channels.DirectLine;

/// <summary>What a Direct Line token may be used for; a stream token is never accepted as a bearer token and vice versa.</summary>
internal enum TokenKind
{
    Conversation,
    Stream,
}
