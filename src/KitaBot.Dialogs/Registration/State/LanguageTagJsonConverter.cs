using System.Text.Json;
using System.Text.Json.Serialization;
using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Registration.State;

/// <summary>Persists a language as its BCP-47 tag ("uk-UA"), which stays stable whatever the enum looks like.</summary>
public sealed class LanguageTagJsonConverter : JsonConverter<Language?>
{
    public override bool HandleNull => true;

    public override Language? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : LanguageInfo.FromLocale(reader.GetString())?.Language;

    public override void Write(Utf8JsonWriter writer, Language? value, JsonSerializerOptions options)
    {
        if (value is { } language)
        {
            writer.WriteStringValue(LanguageInfo.Of(language).Tag);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
