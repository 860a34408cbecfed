namespace KitaBot.Dialogs.Recognizers.Dates;

/// <summary>
/// A date found in user text. <paramref name="Start"/> and <paramref name="Length"/> are UTF-16 code units into
/// the original text. <paramref name="Future"/> is the reading for a date to come (a desired start date),
/// <paramref name="Past"/> the reading for a date gone by (a date of birth); both are equal when the text fixes
/// the date completely.
/// </summary>
public sealed record DateMatch(
    string Text,
    int Start,
    int Length,
    DateValue Future,
    DateValue Past,
    DateExpressionKind Kind);
