using KitaBot.Dialogs.Protocol;

namespace KitaBot.Tests.BotService;

/// <summary>One activity as the loopback connector received it.</summary>
public sealed record ReceivedActivity(string Method, string RawTarget, string Authorization, Activity Activity);
