namespace KitaBot.Dialogs.Recognizers.Choices;

/// <summary>
/// One option offered to the user: a language-neutral <see cref="Value"/> (also the postBack value of its
/// button), the <see cref="Title"/> shown in the user's language, and further words that should select it.
/// </summary>
public sealed record Choice(string Value, string Title, IReadOnlyList<string> Synonyms)
{
    public Choice(string value, string title)
        : this(value, title, [])
    {
    }
}
