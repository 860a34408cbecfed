using System.Text.Json.Serialization;

namespace KitaBot.Channels.DirectLine;

/// <summary>Source-generated JSON for the Direct Line envelope types (activities use <c>ProtocolJson</c>).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(StartConversationRequest))]
internal sealed partial class DirectLineJson : JsonSerializerContext;
