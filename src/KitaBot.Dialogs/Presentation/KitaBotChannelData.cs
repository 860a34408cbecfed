using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Presentation;

/// <summary>The <c>channelData</c> object KitaBot puts on its messages.</summary>
public sealed record KitaBotChannelData([property: JsonPropertyName("kitabot")] PromptChannelData KitaBot);
