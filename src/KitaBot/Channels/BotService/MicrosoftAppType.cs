namespace KitaBot.Channels.BotService;

/// <summary>The kind of Azure Bot identity, as in the standard <c>MicrosoftAppType</c> setting.</summary>
public enum MicrosoftAppType
{
    /// <summary>The app registration lives in one tenant (the only kind Azure still creates).</summary>
    SingleTenant,

    /// <summary>Legacy multi-tenant registration; tokens come from the botframework.com tenant.</summary>
    MultiTenant,

    /// <summary>A managed identity; KitaBot cannot obtain tokens for it and refuses it at start-up.</summary>
    UserAssignedMSI,
}
