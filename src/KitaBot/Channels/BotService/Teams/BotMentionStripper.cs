using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Channels.BotService.Teams;

/// <summary>
/// Removes the bot's own @mention from a message (Teams group chats and channels deliver only messages that mention
/// the bot, as <c>&lt;at&gt;Bot&lt;/at&gt; text</c>) so prompts see what the user actually answered. Mentions of
/// other people keep their name without the tags. Users are identified from entities, never from this text.
/// </summary>
internal static partial class BotMentionStripper
{
    private const string MentionType = "mention";

    public static void Strip(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        if (activity.Entities is { Count: > 0 } entities && !string.IsNullOrEmpty(botId))
        {
            for (var index = entities.Count - 1; index >= 0; index--)
            {
                var entity = entities[index];
                if (IsMentionOf(entity, botId, out var mentionText))
                {
                    activity.Text = RemoveMention(activity.Text, mentionText);
                    entities.RemoveAt(index);
                }
            }
        }

        if (activity.Text is not null && activity.Text.Contains("<at>", StringComparison.OrdinalIgnoreCase))
        {
            var text = activity.Text;
            activity.Text = OtherMentionTag().Replace(text, match => KeepNameSpaced(match, text)).Trim();
        }
    }

    private static bool IsMentionOf(Entity entity, string botId, out IReadOnlyList<string> mentionTexts)
    {
        mentionTexts = [];
        if (!string.Equals(entity.Type, MentionType, StringComparison.OrdinalIgnoreCase) || entity.ExtensionData is null)
        {
            return false;
        }

        if (!entity.ExtensionData.TryGetValue("mentioned", out var mentioned)
            || mentioned.ValueKind != JsonValueKind.Object
            || !mentioned.TryGetProperty("id", out var id)
            || id.ValueKind != JsonValueKind.String
            || !string.Equals(id.GetString(), botId, StringComparison.Ordinal))
        {
            return false;
        }

        var texts = new List<string>(2);
        if (entity.ExtensionData.TryGetValue("text", out var text) && text.ValueKind == JsonValueKind.String && !string.IsNullOrEmpty(text.GetString()))
        {
            texts.Add(text.GetString()!);
        }

        if (mentioned.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
        {
            texts.Add($"<at>{name.GetString()}</at>");
        }

        mentionTexts = texts;
        return true;
    }

    private static string? RemoveMention(string? text, IReadOnlyList<string> mentionTexts)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var mention in mentionTexts)
        {
            if (text.Contains(mention, StringComparison.OrdinalIgnoreCase))
            {
                return text.Replace(mention, string.Empty, StringComparison.OrdinalIgnoreCase).Trim();
            }
        }

        return text;
    }

    /// <summary>Keeps a mentioned name, with a space where Teams glued it to the neighbouring word.</summary>
    private static string KeepNameSpaced(Match match, string input)
    {
        var builder = new StringBuilder();
        var start = match.Index;
        var end = match.Index + match.Length;
        if (start > 0 && !char.IsWhiteSpace(input[start - 1]))
        {
            builder.Append(' ');
        }

        builder.Append(match.Groups["name"].Value);
        if (end < input.Length && char.IsLetterOrDigit(input[end]))
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    [GeneratedRegex("<at>(?<name>.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex OtherMentionTag();
}
