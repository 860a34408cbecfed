using System.Globalization;
using System.Text.Json;
using KitaBot.Storage.Abstractions;

namespace KitaBot.Channels.DirectLine;

/// <summary>
/// Writes the Direct Line ActivitySet <c>{"activities":[...],"watermark":"N"}</c> around stored activity JSON, which
/// is copied verbatim. The watermark is always a string (a number 0 would be falsy for the client).
/// </summary>
internal static class ActivitySetWriter
{
    public static byte[] Write(IReadOnlyList<LoggedActivity> activities, long? watermark)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var activity in activities)
            {
                writer.WriteRawValue(activity.Json.Span, skipInputValidation: true);
            }

            writer.WriteEndArray();
            if (watermark is { } value)
            {
                writer.WriteString("watermark", value.ToString(CultureInfo.InvariantCulture));
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
