using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KitaBot.Cli;

/// <summary>Accepts a line id written as a JSON string or number and keeps it as text.</summary>
internal sealed class LineIdConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.TryGetInt64(out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : reader.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        JsonTokenType.Null => null,
        _ => throw new JsonException("The id must be a string or a number."),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
