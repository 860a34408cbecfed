using System.Text;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Outbox;

/// <summary>
/// A proactive message into a remembered conversation: addressed from the bot to the user of the reference, with
/// plain text, SSML <c>speak</c> in the same shape as the conversation's own replies, the language's locale and
/// <c>acceptingInput</c> (it asks nothing).
/// </summary>
internal static class NotificationActivity
{
    public static Activity Build(ConversationReference reference, RenderedText text, Language language)
    {
        var info = LanguageInfo.Of(language);
        var speak = new StringBuilder()
            .Append("<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"").Append(info.Tag)
            .Append("\"><voice name=\"").Append(info.Voice).Append("\">")
            .Append(text.SpeakSsml)
            .Append("</voice></speak>");
        return new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Conversation = reference.Conversation,
            From = reference.Bot,
            Recipient = reference.User,
            Text = text.Text,
            TextFormat = "plain",
            Speak = speak.ToString(),
            Locale = info.Tag,
            InputHint = InputHints.AcceptingInput,
        };
    }
}
