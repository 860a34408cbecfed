using System.Text.Json;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Channels.BotService.Teams;

/// <summary>
/// Recognises the <c>adaptiveCard/action</c> invoke (a Universal Action, <c>Action.Execute</c>) and checks its value
/// has the shape <c>{action:{type:"Action.Execute",verb,data}}</c> before the bot sees it.
/// </summary>
internal static class AdaptiveCardAction
{
    public const string InvokeName = "adaptiveCard/action";
    public const string ExecuteType = "Action.Execute";

    public static bool IsInvoke(Activity activity) =>
        activity.Type == ActivityTypes.Invoke && string.Equals(activity.Name, InvokeName, StringComparison.Ordinal);

    /// <summary>Returns null when the value is well-formed, else a short message for the 400 answer.</summary>
    public static string? FindProblem(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } invokeValue)
        {
            return "The invoke has no value object.";
        }

        if (!invokeValue.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return "The invoke value has no action object.";
        }

        var isExecute = action.TryGetProperty("type", out var type)
            && type.ValueKind == JsonValueKind.String
            && type.ValueEquals(ExecuteType);
        return isExecute ? null : "Only Action.Execute is supported.";
    }
}
