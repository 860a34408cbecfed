using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Tests.Testing;

/// <summary>
/// The part of a bot reply a transcript pins down: type, text, inputHint, locale, suggested action titles and
/// values, and <c>channelData.kitabot.slot/inputKind</c>. Ids, timestamps and speak count only when the expected
/// transcript has them, so recorded files stay stable while authors can still pin those fields.
/// </summary>
public static class TranscriptReplyView
{
    public static JsonObject Of(Activity reply, Activity expected)
    {
        var view = new JsonObject
        {
            ["type"] = reply.Type,
            ["text"] = reply.Text,
            ["inputHint"] = reply.InputHint,
            ["locale"] = reply.Locale,
        };

        if (reply.SuggestedActions?.Actions is { } actions)
        {
            view["suggestedActions"] = new JsonArray([.. actions.Select(a => (JsonNode)new JsonObject
            {
                ["title"] = a.Title,
                ["value"] = a.Value is { } value ? JsonNode.Parse(value.GetRawText()) : null,
            })]);
        }

        if (reply.ChannelData is { ValueKind: JsonValueKind.Object } channelData
            && channelData.TryGetProperty("kitabot", out var kitabot) && kitabot.ValueKind == JsonValueKind.Object)
        {
            view["kitabot"] = new JsonObject
            {
                ["slot"] = StringProperty(kitabot, "slot"),
                ["inputKind"] = StringProperty(kitabot, "inputKind"),
            };
        }

        if (expected.Id is not null)
        {
            view["id"] = reply.Id;
        }

        if (expected.Timestamp is not null)
        {
            view["timestamp"] = reply.Timestamp?.ToString("O", CultureInfo.InvariantCulture);
        }

        if (expected.Speak is not null)
        {
            view["speak"] = reply.Speak;
        }

        return view;
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
