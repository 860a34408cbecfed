using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Tests.Engine.Bot;

/// <summary>Source-generated JSON for the test bot's state: camelCase, nulls omitted, enums by name.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(EngineTestState))]
public sealed partial class EngineTestJson : JsonSerializerContext
{
}
