using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Presentation;

/// <summary>
/// <c>channelData.kitabot</c> on every prompt: the slot id and the input kind, so the web page picks the right
/// keyboard or picker and scripted clients know what is asked. Documented in docs/conversation.md.
/// </summary>
public sealed record PromptChannelData(
    [property: JsonPropertyName("slot")] string Slot,
    [property: JsonPropertyName("inputKind")] string InputKind,
    [property: JsonPropertyName("language")] string Language);
