using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Presentation.Cards;

/// <summary>Source-generated JSON for cards: user text is escaped by the serializer, never concatenated into JSON.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(AdaptiveCard))]
internal sealed partial class AdaptiveCardJson : JsonSerializerContext
{
}
