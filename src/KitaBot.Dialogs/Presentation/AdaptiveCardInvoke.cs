using System.Text.Json;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Presentation;

/// <summary>
/// The Teams Universal Action invoke (<c>adaptiveCard/action</c>, sent for <c>Action.Execute</c>). When its
/// <c>value.action.data.answer</c> is set it answers the waiting prompt like a card submit, and the invoke is answered
/// with HTTP 200 and a short message (channels.md §2.4). Other invokes get no invoke response, which the endpoint
/// turns into 501.
/// </summary>
public static class AdaptiveCardInvoke
{
    public const string Name = "adaptiveCard/action";
    public const string ExecuteType = "Action.Execute";
    public const string MessageResponseType = "application/vnd.microsoft.activity.message";
    private const int MaxMessageLength = 200;

    /// <summary>The answer an <c>Action.Execute</c> invoke carries, or null for any other activity.</summary>
    public static string? Answer(Activity activity)
    {
        if (activity.Type != ActivityTypes.Invoke
            || !string.Equals(activity.Name, Name, StringComparison.Ordinal)
            || activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action)
            || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("type", out var type)
            || !type.ValueEquals(ExecuteType)
            || !action.TryGetProperty("data", out var data)
            || data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty(Engine.Prompts.PromptInput.AnswerProperty, out var answer)
            || answer.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return answer.GetString();
    }

    /// <summary>The 200 answer to a handled invoke: the first thing the bot said in reply, shortened, as a message.</summary>
    public static InvokeResponse Acknowledge(TurnContext turn)
    {
        var said = turn.Replies.FirstOrDefault(r => r.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(r.Text))?.Text ?? "OK";
        var message = said.Length <= MaxMessageLength ? said : string.Concat(said.AsSpan(0, MaxMessageLength - 1), "…");
        var body = new AdaptiveCardInvokeResponse(200, MessageResponseType, message);
        return new InvokeResponse(200, JsonSerializer.SerializeToElement(body, PresentationJson.Default.AdaptiveCardInvokeResponse));
    }
}
