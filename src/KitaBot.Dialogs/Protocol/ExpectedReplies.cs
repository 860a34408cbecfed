using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Protocol;

/// <summary>The body of a <c>deliveryMode: expectReplies</c> answer.</summary>
public sealed class ExpectedReplies
{
    [JsonPropertyName("activities")] public IList<Activity> Activities { get; set; } = [];
}
