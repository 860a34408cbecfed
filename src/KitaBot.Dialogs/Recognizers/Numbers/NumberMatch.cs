namespace KitaBot.Dialogs.Recognizers.Numbers;

/// <summary>A number found in text; <see cref="Start"/> and <see cref="Length"/> are UTF-16 units of the input.</summary>
public sealed record NumberMatch(string Text, int Start, int Length, long Value, NumberKind Kind);
