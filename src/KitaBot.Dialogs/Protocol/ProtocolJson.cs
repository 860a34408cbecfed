using System.Text.Json;
using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Protocol;

/// <summary>Source-generated JSON for the wire types: camelCase names, nulls omitted, depth as the SDK allows.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    MaxDepth = 128)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(IList<Activity>))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationReference))]
public sealed partial class ProtocolJson : JsonSerializerContext
{
    /// <summary>Reads an activity; returns null for malformed JSON, which callers answer with 400.</summary>
    public static Activity? TryReadActivity(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, Default.Activity);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
