using System.Text.Json;
using System.Text.Json.Nodes;
using KitaBot.Dialogs.Presentation.Cards;
using KitaBot.Dialogs.Protocol;
using Xunit;

namespace KitaBot.Dialogs.Tests.Presentation;

/// <summary>
/// Checks a card against the Adaptive Card structure we send (version 1.5, body, actions, the element and action
/// types Teams renders), round-trips it through the typed model, and returns the texts it shows.
/// </summary>
public static class CardShape
{
    private static readonly string[] ElementTypes = ["RichTextBlock", "Input.Date"];

    /// <summary>Asserts the structure and the round trip; returns every text the card shows, in order.</summary>
    public static IReadOnlyList<string> Validate(JsonElement card)
    {
        Assert.Equal(JsonValueKind.Object, card.ValueKind);
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal(AdaptiveCard.SchemaUrl, card.GetProperty("$schema").GetString());

        var shown = new List<string>();
        var body = card.GetProperty("body");
        Assert.Equal(JsonValueKind.Array, body.ValueKind);
        Assert.NotEqual(0, body.GetArrayLength());
        foreach (var element in body.EnumerateArray())
        {
            var type = element.GetProperty("type").GetString();
            Assert.Contains(type, ElementTypes);
            if (type == "RichTextBlock")
            {
                var inlines = element.GetProperty("inlines");
                Assert.NotEqual(0, inlines.GetArrayLength());
                foreach (var run in inlines.EnumerateArray())
                {
                    Assert.Equal("TextRun", run.GetProperty("type").GetString());
                    shown.Add(run.GetProperty("text").GetString()!);
                }
            }
            else
            {
                Assert.Equal("answer", element.GetProperty("id").GetString());
                Assert.True(element.GetProperty("isRequired").GetBoolean());
                Assert.False(string.IsNullOrWhiteSpace(element.GetProperty("errorMessage").GetString()));
                shown.Add(element.GetProperty("label").GetString()!);
            }
        }

        if (card.TryGetProperty("actions", out var actions))
        {
            Assert.NotEqual(0, actions.GetArrayLength());
            foreach (var action in actions.EnumerateArray())
            {
                Assert.Equal("Action.Submit", action.GetProperty("type").GetString());
                var title = action.GetProperty("title").GetString();
                Assert.False(string.IsNullOrWhiteSpace(title));
                shown.Add(title!);
                if (action.TryGetProperty("data", out var data))
                {
                    Assert.Equal(JsonValueKind.String, data.GetProperty("answer").ValueKind);
                }
            }
        }

        var typed = card.Deserialize(AdaptiveCardJson.Default.AdaptiveCard);
        Assert.NotNull(typed);
        var again = JsonSerializer.SerializeToElement(typed, AdaptiveCardJson.Default.AdaptiveCard);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(card.GetRawText()), JsonNode.Parse(again.GetRawText())),
            $"The card did not survive the round trip:\n{card.GetRawText()}\n{again.GetRawText()}");
        return shown;
    }

    /// <summary>Validates the reply's card and asserts everything it shows is also in the reply's text.</summary>
    public static IReadOnlyList<string> ValidateReply(Activity reply)
    {
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal(AdaptiveCard.ContentType, attachment.ContentType);
        var shown = Validate(attachment.Content!.Value);
        foreach (var text in shown.Where(t => !IsInputChrome(reply, t)))
        {
            Assert.Contains(text, reply.Text!, StringComparison.Ordinal);
        }

        return shown;
    }

    /// <summary>The date card's send button and error message are controls, not content.</summary>
    private static bool IsInputChrome(Activity reply, string text) =>
        reply.Attachments![0].Content!.Value.GetProperty("body").EnumerateArray()
            .Any(e => e.GetProperty("type").GetString() == "Input.Date"
                && (e.GetProperty("errorMessage").GetString() == text
                    || reply.Attachments[0].Content!.Value.GetProperty("actions").EnumerateArray().Any(a => a.GetProperty("title").GetString() == text)));
}
