using System.Text.Json.Serialization;

namespace KitaBot.Cli;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(RecognizeRequest))]
[JsonSerializable(typeof(RecognizeResponse))]
internal sealed partial class RecognizeJsonContext : JsonSerializerContext;
