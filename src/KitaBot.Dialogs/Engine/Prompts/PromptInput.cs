using System.Text.Json;
using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>
/// The answer in an activity. Buttons and card submits send <c>value: {"answer": "…"}</c> with the
/// language-neutral value (and often null text); a Teams <c>Action.Execute</c> invoke carries it in
/// <c>value.action.data.answer</c>; typed answers come as text.
/// </summary>
public static class PromptInput
{
    public const string AnswerProperty = "answer";

    /// <summary>Whether the activity can answer a prompt: a message, or an <c>Action.Execute</c> invoke with an answer.</summary>
    public static bool IsAnswer(Activity activity) =>
        activity.Type == ActivityTypes.Message || AdaptiveCardInvoke.Answer(activity) is not null;

    /// <summary>The posted-back value, if the activity came from a button or card.</summary>
    public static string? PostedValue(Activity activity)
    {
        if (activity.Type == ActivityTypes.Invoke)
        {
            return AdaptiveCardInvoke.Answer(activity);
        }

        if (activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty(AnswerProperty, out var answer)
            && answer.ValueKind == JsonValueKind.String)
        {
            return answer.GetString();
        }

        return null;
    }

    /// <summary>The answer as text: the posted value, else the typed text, trimmed; empty when there is none.</summary>
    public static string Text(Activity activity) => (PostedValue(activity) ?? activity.Text ?? string.Empty).Trim();
}
