using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>An optional free-text answer that means "nothing": a dash, or the "no" words of the none command.</summary>
public static class OptionalAnswers
{
    public static bool IsNone(string answer)
    {
        var trimmed = answer.Trim();
        return trimmed is "-" or "–" or "/" or "0" || TextFolding.Fold(trimmed).Length == 0;
    }
}
