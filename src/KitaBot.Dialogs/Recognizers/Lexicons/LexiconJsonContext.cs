using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Recognizers.Lexicons;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(LexiconDocument))]
internal sealed partial class LexiconJsonContext : JsonSerializerContext;
