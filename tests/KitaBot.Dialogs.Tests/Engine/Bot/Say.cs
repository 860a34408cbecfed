using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Tests.Engine.Bot;

/// <summary>Test questions and remarks as verbatim texts, so the test bot needs no resource strings of its own.</summary>
public static class Say
{
    public static LocalizedText Text(string value) => LocalizedText.Of(TextId.Verbatim, TextArg.Plain("value", value));
}
