using System.Text;
using System.Text.Json;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Presentation;

/// <summary>
/// Turns texts and prompts into activities for the turn's channel and language: text, SSML <c>speak</c>,
/// <c>inputHint</c>, <c>locale</c>, buttons as suggested actions (numbered spoken options on voice channels),
/// and the prompt's slot in <c>channelData</c>. Dialogs never build activities themselves.
/// </summary>
public sealed class MessagePresenter(TextCatalog texts)
{
    public TextCatalog Texts => texts;

    public RenderedText Render(TurnContext turn, LocalizedText text) => texts.Render(text, turn.Language);

    /// <summary>A statement that expects no answer.</summary>
    public Activity Message(TurnContext turn, LocalizedText text, string inputHint = InputHints.AcceptingInput) =>
        Build(turn, [texts.Render(text, turn.Language)], inputHint);

    /// <summary>A question; <paramref name="reason"/> (what was wrong with the last answer) comes first.</summary>
    public Activity Prompt(TurnContext turn, PromptOptions options, LocalizedText? reason, bool isRetry)
    {
        var parts = new List<RenderedText>();
        if (reason is not null)
        {
            parts.Add(texts.Render(reason, turn.Language));
        }

        parts.Add(texts.Render(isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt, turn.Language));

        var isVoice = ChannelIds.IsVoice(turn.Activity.ChannelId);
        if (isVoice && options.Choices is { Count: > 0 } spoken)
        {
            parts.AddRange(spoken.Select((choice, index) => texts.Render(
                LocalizedText.Of(TextId.VoiceOption,
                    TextArg.Number("number", index + 1),
                    TextArg.Plain("option", texts.Render(choice.Title, turn.Language).Text)),
                turn.Language)));
        }

        var activity = Build(turn, parts, InputHints.ExpectingInput);
        if (!isVoice && options.Choices is { Count: > 0 } choices)
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

    private static Activity Build(TurnContext turn, List<RenderedText> parts, string inputHint)
    {
        var language = LanguageInfo.Of(turn.Language);
        var reply = turn.Activity.CreateReply();
        reply.Text = string.Join("\n\n", parts.Select(p => p.Text));
        reply.TextFormat = "plain";
        reply.Locale = language.Tag;
        reply.InputHint = inputHint;

        var ssml = new StringBuilder()
            .Append("<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"").Append(language.Tag)
            .Append("\"><voice name=\"").Append(language.Voice).Append("\">");
        for (var i = 0; i < parts.Count; i++)
        {
            ssml.Append(i == 0 ? string.Empty : "<break time=\"300ms\"/>").Append(parts[i].SpeakSsml);
        }

        reply.Speak = ssml.Append("</voice></speak>").ToString();
        return reply;
    }
}
