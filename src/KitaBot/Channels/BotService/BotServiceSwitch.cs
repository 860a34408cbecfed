namespace KitaBot.Channels.BotService;

/// <summary>
/// Whether to offer /api/messages. A district that runs only web chat needs no Azure Bot, so the channel is on
/// when an app id is configured, in Development, or when <c>BotService:Enabled</c> says so; once on, the
/// channel's own start-up checks apply (no app id outside Development fails start-up).
/// </summary>
public static class BotServiceSwitch
{
    public const string EnabledKey = "BotService:Enabled";

    public static bool IsEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>(EnabledKey)
        ?? (!string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]) || environment.IsDevelopment());
}
