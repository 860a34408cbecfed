using System.Globalization;
using System.Text;
using System.Text.Json;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Presentation.Cards;
using KitaBot.Dialogs.Presentation.Voice;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Presentation;

/// <summary>
/// Turns texts and prompts into activities for the turn's channel and language: text, SSML <c>speak</c>,
/// <c>inputHint</c>, <c>locale</c> and the prompt's slot in <c>channelData</c> everywhere; then per channel:
/// suggested actions on our web page; Adaptive Cards (with suggested actions in personal chats) on Teams; numbered
/// spoken options, keypad hints and no cards or emoji on the phone. Dialogs never build activities themselves.
/// </summary>
public sealed class MessagePresenter(TextCatalog texts)
{
    /// <summary>Single texts shown as cards on Teams: lists and the release confirmation. Multi-line messages always are.</summary>
    private static readonly HashSet<TextId> CardStatements = [TextId.KitaResults, TextId.KitaRanking, TextId.KitaProfile, TextId.ReleaseDone];

    public TextCatalog Texts => texts;

    public RenderedText Render(TurnContext turn, LocalizedText text) => texts.Render(text, turn.Language);

    /// <summary>A statement that expects no answer. On the phone the privacy notice cannot be interrupted.</summary>
    public Activity Message(TurnContext turn, LocalizedText text, string inputHint = InputHints.AcceptingInput)
    {
        var rendered = texts.Render(text, turn.Language);
        var style = StyleOf(turn.Activity);
        var hint = style == PresentationStyle.Voice && text.Id == TextId.PrivacyNotice ? InputHints.IgnoringInput : inputHint;
        var activity = Build(turn, [rendered], hint, style);
        if (style == PresentationStyle.Teams && CardStatements.Contains(text.Id))
        {
            activity.Attachments = [TeamsCards.ToAttachment(TeamsCards.Text(LanguageInfo.Of(turn.Language), [rendered.Text], headingFirst: true))];
        }

        return activity;
    }

    /// <summary>One message made of several texts, one per line (a summary); a card on Teams.</summary>
    public Activity Message(TurnContext turn, IReadOnlyList<LocalizedText> lines, string inputHint = InputHints.AcceptingInput)
    {
        var rendered = lines.Select(line => texts.Render(line, turn.Language)).ToList();
        var style = StyleOf(turn.Activity);
        var activity = Build(turn, [new RenderedText(
            string.Join("\n", rendered.Select(r => r.Text)),
            string.Join("<break time=\"200ms\"/>", rendered.Select(r => r.SpeakSsml)))], inputHint, style);
        if (style == PresentationStyle.Teams)
        {
            activity.Attachments =
                [TeamsCards.ToAttachment(TeamsCards.Text(LanguageInfo.Of(turn.Language), rendered.Select(r => r.Text), headingFirst: false))];
        }

        return activity;
    }

    /// <summary>
    /// A question; <paramref name="reason"/> (what was wrong with the last answer) comes first. On the phone,
    /// <paramref name="voicePage"/> selects which options are read out (see <see cref="VoiceOptionPages"/>).
    /// </summary>
    public Activity Prompt(TurnContext turn, PromptOptions options, LocalizedText? reason, bool isRetry, int voicePage = 0)
    {
        var parts = new List<RenderedText>();
        if (reason is not null)
        {
            parts.Add(texts.Render(reason, turn.Language));
        }

        var question = texts.Render(isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt, turn.Language);
        parts.Add(question);

        var style = StyleOf(turn.Activity);
        if (style == PresentationStyle.Voice)
        {
            parts.AddRange(VoiceInstructions(turn, options, voicePage));
        }

        var activity = Build(turn, parts, InputHints.ExpectingInput, style);
        if (style == PresentationStyle.Teams)
        {
            PresentOnTeams(turn, activity, options, reason is null ? [] : [parts[0].Text], question.Text);
        }
        else if (style == PresentationStyle.Web && options.Choices is { Count: > 0 } choices)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = [.. choices.Select(choice => ChoiceButton(turn, choice))],
            };
        }

        activity.ChannelData = JsonSerializer.SerializeToElement(
            new KitaBotChannelData(new PromptChannelData(options.Slot, InputKindName(options.Kind), LanguageInfo.Of(turn.Language).Tag)),
            PresentationJson.Default.KitaBotChannelData);
        return activity;
    }

    /// <summary>The wire name of an input kind, as documented in docs/conversation.md.</summary>
    public static string InputKindName(InputKind kind) => kind switch
    {
        InputKind.Confirm => "choice",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static PresentationStyle StyleOf(Activity activity) => activity.ChannelId switch
    {
        _ when ChannelIds.IsVoice(activity.ChannelId) => PresentationStyle.Voice,
        ChannelIds.Teams => PresentationStyle.Teams,
        _ => PresentationStyle.Web,
    };

    /// <summary>"Say or press 1 for …" for the options on this page, "… 4 for more options", and the keypad hint.</summary>
    private List<RenderedText> VoiceInstructions(TurnContext turn, PromptOptions options, int voicePage)
    {
        var spoken = new List<RenderedText>();
        if (options.Choices is { Count: > 0 } choices)
        {
            var page = VoiceOptionPages.Page(choices, voicePage);
            spoken.AddRange(page.Options.Select((choice, index) => texts.Render(
                LocalizedText.Of(TextId.VoiceOption,
                    TextArg.Number("number", index + 1),
                    TextArg.Plain("option", texts.Render(choice.Title, turn.Language).Text)),
                turn.Language)));
            if (page.HasMore)
            {
                spoken.Add(texts.Render(LocalizedText.Of(TextId.VoiceMoreOptions, TextArg.Number("number", VoiceOptionPages.MoreNumber)), turn.Language));
            }
        }

        if (KeypadInput.Collects(options.Kind))
        {
            spoken.Add(texts.Render(options.Kind == InputKind.Date ? TextId.VoiceKeypadDateHint : TextId.VoiceKeypadHint, turn.Language));
        }

        return spoken;
    }

    /// <summary>
    /// Teams shows suggested actions only in personal chats and only three of them (channels.md §2.3), and sends
    /// them back as typed text; so they serve short choice and yes/no questions in personal chats, and every other
    /// question with options gets a card with submit buttons. Dates get a card with a date picker. The options are
    /// also listed, numbered, in the text, which screen readers and clients without cards read.
    /// </summary>
    private void PresentOnTeams(TurnContext turn, Activity activity, PromptOptions options, IReadOnlyList<string> lead, string question)
    {
        var language = LanguageInfo.Of(turn.Language);
        if (options.Choices is { Count: > 0 } choices)
        {
            var titled = choices.Select(c => (Title: texts.Render(c.Title, turn.Language).Text, c.Value)).ToList();
            var personal = string.Equals(turn.Activity.Conversation?.ConversationType, "personal", StringComparison.Ordinal);
            if (personal && titled.Count <= 3 && options.Kind is InputKind.Choice or InputKind.Confirm)
            {
                activity.SuggestedActions = new SuggestedActions
                {
                    Actions = [.. titled.Select(t => new CardAction
                    {
                        Type = "imBack",
                        Title = t.Title,
                        Value = JsonSerializer.SerializeToElement(t.Title, PresentationJson.Default.String),
                    })],
                };
                return;
            }

            activity.Text += "\n\n" + string.Join("\n", titled.Select((t, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {t.Title}")));
            activity.Attachments = [TeamsCards.ToAttachment(TeamsCards.Choice(language, [.. lead, question], titled))];
            return;
        }

        if (options.Kind == InputKind.Date)
        {
            activity.Attachments = [TeamsCards.ToAttachment(TeamsCards.Date(language, lead, question,
                texts.Render(TextId.DateNotUnderstood, turn.Language).Text, texts.Render(TextId.CardSend, turn.Language).Text))];
        }
    }

    private CardAction ChoiceButton(TurnContext turn, PromptChoice choice)
    {
        var title = texts.Render(choice.Title, turn.Language).Text;
        return new CardAction
        {
            Type = "messageBack",
            Title = title,
            Text = title,
            DisplayText = title,
            Value = JsonSerializer.SerializeToElement(new AnswerValue(choice.Value), PresentationJson.Default.AnswerValue),
        };
    }

    private static Activity Build(TurnContext turn, List<RenderedText> parts, string inputHint, PresentationStyle style)
    {
        var language = LanguageInfo.Of(turn.Language);
        var reply = turn.Activity.CreateReply();
        var text = string.Join("\n\n", parts.Select(p => p.Text));
        reply.Text = style == PresentationStyle.Voice ? VoiceText.WithoutEmoji(text) : text;
        reply.TextFormat = "plain";
        reply.Locale = language.Tag;
        reply.InputHint = inputHint;
        reply.Speak = Ssml(language, parts.Select(p => style == PresentationStyle.Voice ? VoiceText.WithoutEmoji(p.SpeakSsml) : p.SpeakSsml));
        return reply;
    }

    /// <summary>
    /// The <c>speak</c> document: the language's neural voice, parts separated by short pauses. The parts are SSML
    /// bodies the catalog built with every value XML-escaped; characters XML forbids are dropped here.
    /// </summary>
    private static string Ssml(LanguageInfo language, IEnumerable<string> parts)
    {
        var ssml = new StringBuilder()
            .Append("<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"").Append(language.Tag)
            .Append("\"><voice name=\"").Append(language.Voice).Append("\">");
        var first = true;
        foreach (var part in parts)
        {
            ssml.Append(first ? string.Empty : "<break time=\"300ms\"/>").Append(VoiceText.XmlSafe(part));
            first = false;
        }

        return ssml.Append("</voice></speak>").ToString();
    }

    private enum PresentationStyle
    {
        Web,
        Teams,
        Voice,
    }
}
