using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Registration.State;

/// <summary>Source-generated JSON for the conversation state: camelCase, enums by name, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(KitaConversationState))]
public sealed partial class KitaStateJson : JsonSerializerContext
{
}
