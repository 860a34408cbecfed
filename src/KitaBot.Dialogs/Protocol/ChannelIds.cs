namespace KitaBot.Dialogs.Protocol;

/// <summary>The channel ids KitaBot behaves differently on.</summary>
public static class ChannelIds
{
    public const string DirectLine = "directline";
    public const string WebChat = "webchat";
    public const string Teams = "msteams";
    public const string Telephony = "telephony";
    public const string DirectLineSpeech = "directlinespeech";
    public const string Emulator = "emulator";
    public const string Test = "test";

    /// <summary>Voice channels get numbered spoken options and no cards.</summary>
    public static bool IsVoice(string? channelId) => channelId is Telephony or DirectLineSpeech;

    /// <summary>Channels that are our own web page, which follows the chat's language.</summary>
    public static bool ShowsPage(string? channelId) => channelId is DirectLine or WebChat or Test;
}
