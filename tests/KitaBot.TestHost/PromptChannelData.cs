using System.Text.Json.Serialization;

namespace KitaBot.TestHost;

/// <summary>The <c>channelData</c> the real bot puts on prompts: <c>{"kitabot":{"slot","inputKind"}}</c>.</summary>
public sealed record PromptChannelData([property: JsonPropertyName("kitabot")] PromptSlot KitaBot);
