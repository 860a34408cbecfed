using System.Text.Json;
using System.Text.Json.Serialization;

namespace KitaBot.Storage.Catalog.Model;

/// <summary>Writes a <see cref="KitaYear"/> as its name, e.g. "2026/27".</summary>
public sealed class KitaYearJsonConverter : JsonConverter<KitaYear>
{
    public override KitaYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        KitaYear.TryParse(reader.GetString(), out var year)
            ? year
            : throw new JsonException("A Kita year looks like \"2026/27\".");

    public override void Write(Utf8JsonWriter writer, KitaYear value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
