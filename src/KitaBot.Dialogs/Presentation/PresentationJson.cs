using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Presentation;

/// <summary>Source-generated JSON for what the presenter puts into activities.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(KitaBotChannelData))]
[JsonSerializable(typeof(AnswerValue))]
[JsonSerializable(typeof(LanguageEventValue))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
internal sealed partial class PresentationJson : JsonSerializerContext
{
}
