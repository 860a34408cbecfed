using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KitaBot.Dialogs.Protocol;
using Xunit;

namespace KitaBot.Dialogs.Tests.Engine;

/// <summary>
/// Realistic channel payloads (written from the channels' documentation) survive a read and write with
/// <see cref="ProtocolJson"/>: unknown fields kept, nulls omitted, timestamps with their offsets.
/// </summary>
public sealed class ActivityJsonGoldenTests
{
    public static TheoryData<string> Payloads() => [.. PayloadFiles()];

    private static string[] PayloadFiles() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Engine", "Payloads"), "*.json")
            .Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    private static string Load(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Engine", "Payloads", file));

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_payload_round_trips_to_semantically_equal_json(string file)
    {
        var original = Load(file);

        var activity = ProtocolJson.TryReadActivity(System.Text.Encoding.UTF8.GetBytes(original));
        Assert.NotNull(activity);
        var written = JsonSerializer.Serialize(activity, ProtocolJson.Default.Activity);

        AssertSemanticallyEqual(JsonNode.Parse(original), JsonNode.Parse(written), "$");
        Assert.DoesNotContain(":null", written.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void All_the_documented_channel_payloads_are_present()
    {
        Assert.Equal(
            ["directline-conversation-update.json", "emulator-conversation-update.json", "teams-action-submit.json",
             "teams-channel-mention.json", "teams-invoke-adaptive-card-action.json", "telephony-dtmf.json", "webchat-message.json"],
            PayloadFiles());
    }

    [Fact]
    public void Teams_mentions_and_tenant_data_are_readable_and_kept()
    {
        var activity = Read("teams-channel-mention.json");

        Assert.Equal("19:7b2f1c9e4d8a4f6b9c3e1a5d7f2b8c4e@thread.tacv2;messageid=1741684896051", activity.Conversation!.Id);
        Assert.Equal("3c1d9e2f-7a4b-4c8d-b6e5-0f9a2b7c4d1e", activity.Conversation.TenantId);
        var mention = activity.Entities!.Single(e => e.Type == "mention");
        Assert.Equal("<at>KitaBot</at>", mention.ExtensionData!["text"].GetString());
        Assert.Equal("3c1d9e2f-7a4b-4c8d-b6e5-0f9a2b7c4d1e", activity.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal(TimeSpan.FromHours(1), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal(TimeSpan.Zero, activity.Timestamp!.Value.Offset);
    }

    [Fact]
    public void A_card_submit_has_a_value_and_null_text()
    {
        var activity = Read("teams-action-submit.json");

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Null(activity.Text);
        Assert.Equal("approve", activity.Value!.Value.GetProperty("answer").GetString());
    }

    [Fact]
    public void Web_chat_client_activity_id_and_local_offset_survive()
    {
        var activity = Read("webchat-message.json");
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Default.Activity))!;

        Assert.Equal("1741685412481q8w2e7r1t9", (string?)written["channelData"]!["clientActivityID"]);
        Assert.Equal(TimeSpan.FromHours(2), DateTimeOffset.Parse((string)written["localTimestamp"]!, CultureInfo.InvariantCulture).Offset);
        Assert.Empty(activity.Attachments!);
    }

    [Fact]
    public void Unknown_fields_on_every_extensible_type_are_preserved()
    {
        const string json = """
            {"type":"message","futureField":{"a":[1,2]},"from":{"id":"u","nickname":"x"},
             "conversation":{"id":"c","region":"eu"},"attachments":[{"contentType":"t","layoutHint":"wide"}],
             "entities":[{"type":"geo","latitude":51.57}],"text":null}
            """;

        var activity = ProtocolJson.TryReadActivity(System.Text.Encoding.UTF8.GetBytes(json))!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Default.Activity))!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"a":[1,2]}"""), written["futureField"]));
        Assert.Equal("x", (string?)written["from"]!["nickname"]);
        Assert.Equal("eu", (string?)written["conversation"]!["region"]);
        Assert.Equal("wide", (string?)written["attachments"]![0]!["layoutHint"]);
        Assert.Equal(51.57, (double)written["entities"]![0]!["latitude"]!);
        Assert.False(written.AsObject().ContainsKey("text"));
    }

    [Fact]
    public void Malformed_json_reads_as_null_for_a_400()
    {
        Assert.Null(ProtocolJson.TryReadActivity("{\"type\":"u8));
        Assert.Null(ProtocolJson.TryReadActivity("{\"type\":\"message\",\"timestamp\":\"yesterday\"}"u8));
    }

    private static Activity Read(string file) =>
        ProtocolJson.TryReadActivity(System.Text.Encoding.UTF8.GetBytes(Load(file))) ?? throw new InvalidOperationException(file);

    /// <summary>
    /// Equal JSON up to property order and null members (omitted on write); timestamps compare as instants with
    /// their offsets, since "Z" and "+00:00" or trailing zeros in fractions are the same value.
    /// </summary>
    private static void AssertSemanticallyEqual(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, $"{path}: expected null, got {actual?.ToJsonString()}");
                break;
            case JsonObject expectedObject:
                var actualObject = Assert.IsType<JsonObject>(actual);
                var names = expectedObject.Where(p => p.Value is not null).Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
                Assert.Equal(names, actualObject.Select(p => p.Key).Order(StringComparer.Ordinal).ToArray());
                foreach (var name in names)
                {
                    AssertSemanticallyEqual(expectedObject[name], actualObject[name], $"{path}.{name}");
                }

                break;
            case JsonArray expectedArray:
                var actualArray = Assert.IsType<JsonArray>(actual);
                Assert.Equal(expectedArray.Count, actualArray.Count);
                for (var i = 0; i < expectedArray.Count; i++)
                {
                    AssertSemanticallyEqual(expectedArray[i], actualArray[i], $"{path}[{i}]");
                }

                break;
            default:
                if (expected.GetValueKind() == JsonValueKind.String && actual?.GetValueKind() == JsonValueKind.String
                    && IsTimestamp(path)
                    && DateTimeOffset.TryParse((string)expected!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var e)
                    && DateTimeOffset.TryParse((string)actual!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var a))
                {
                    Assert.True(e == a && e.Offset == a.Offset, $"{path}: {expected} became {actual}");
                }
                else
                {
                    Assert.True(JsonNode.DeepEquals(expected, actual), $"{path}: {expected.ToJsonString()} became {actual?.ToJsonString()}");
                }

                break;
        }
    }

    private static bool IsTimestamp(string path) =>
        path is "$.timestamp" or "$.localTimestamp" or "$.expiration";
}
