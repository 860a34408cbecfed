using System.Text.Json.Serialization;

namespace KitaBot.TestHost;

[JsonSerializable(typeof(PromptChannelData))]
[JsonSerializable(typeof(LanguageSwitch))]
internal sealed partial class TestHostJson : JsonSerializerContext;
