using System.Text.Json.Serialization;

namespace KitaBot.TestHost;

/// <summary>The slot a prompt asks for and the kind of input the page should offer.</summary>
public sealed record PromptSlot(
    [property: JsonPropertyName("slot")] string Slot,
    [property: JsonPropertyName("inputKind")] string InputKind);
