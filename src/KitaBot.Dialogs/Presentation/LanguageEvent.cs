using System.Text.Json;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Presentation;

/// <summary>
/// Tells our web page that the chat's language changed (<c>event</c> named <c>kitabot.language</c> with
/// <c>value.locale</c>), so the page switches its own language and direction too.
/// </summary>
public static class LanguageEvent
{
    public const string Name = "kitabot.language";

    public static Activity Create(TurnContext turn)
    {
        var activity = turn.Activity.CreateReply(ActivityTypes.Event);
        activity.Name = Name;
        activity.Value = JsonSerializer.SerializeToElement(new LanguageEventValue(LanguageInfo.Of(turn.Language).Tag), PresentationJson.Default.LanguageEventValue);
        return activity;
    }
}
