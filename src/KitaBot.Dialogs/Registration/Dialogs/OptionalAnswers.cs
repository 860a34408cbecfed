namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>An optional free-text answer that means "nothing": a dash or a slash on its own.</summary>
public static class OptionalAnswers
{
    public static bool IsNone(string answer) => answer.Trim() is "-" or "–" or "—" or "/" or "." or "0";

    /// <summary>The answer, or null when it means "nothing".</summary>
    public static string? ValueOrNull(string answer) => IsNone(answer) ? null : answer;
}
