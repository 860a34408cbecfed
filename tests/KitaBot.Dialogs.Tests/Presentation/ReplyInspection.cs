using System.Text.Json;
using KitaBot.Dialogs.Presentation.Cards;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Tests.Presentation;

/// <summary>Reads what a reply asks and offers: the prompt's slot, its card and its buttons.</summary>
public static class ReplyInspection
{
    /// <summary>The slot of the question the turn ended with (channelData.kitabot.slot of the last prompt).</summary>
    public static string? AskedSlot(IReadOnlyList<Activity> replies) =>
        replies.LastOrDefault(r => Slot(r) is not null) is { } prompt ? Slot(prompt) : null;

    public static string? Slot(Activity reply) =>
        reply.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("kitabot", out var kitabot)
        && kitabot.TryGetProperty("slot", out var slot)
            ? slot.GetString()
            : null;

    public static JsonElement? Card(Activity reply) =>
        reply.Attachments?.FirstOrDefault(a => a.ContentType == AdaptiveCard.ContentType)?.Content;

    /// <summary>The <c>data.answer</c> of each Action.Submit on the reply's card, in order.</summary>
    public static IReadOnlyList<(string Title, string? Answer)> CardButtons(Activity reply) =>
        Card(reply) is { } card && card.TryGetProperty("actions", out var actions)
            ? actions.EnumerateArray()
                .Select(a => (a.GetProperty("title").GetString()!,
                    a.TryGetProperty("data", out var data) && data.TryGetProperty("answer", out var answer) ? answer.GetString() : null))
                .ToList()
            : [];

    public static string Describe(IReadOnlyList<Activity> replies) =>
        string.Join("\n---\n", replies.Select(r =>
            $"[{r.Type} {r.InputHint} slot={Slot(r)}] {r.Text}"
            + (r.SuggestedActions?.Actions is { } actions ? "\n  suggested: " + string.Join(" | ", actions.Select(a => $"{a.Type}:{a.Title}")) : string.Empty)
            + (Card(r) is { } card ? "\n  card: " + card.GetRawText() : string.Empty)
            + (r.Speak is { } speak ? "\n  speak: " + speak : string.Empty)));
}
