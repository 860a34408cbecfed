using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Protocol;

/// <summary>Buttons shown under a message until the user answers.</summary>
public sealed class SuggestedActions
{
    [JsonPropertyName("to")] public IList<string>? To { get; set; }
    [JsonPropertyName("actions")] public IList<CardAction>? Actions { get; set; }
}
