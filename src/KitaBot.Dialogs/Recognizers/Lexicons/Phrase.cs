namespace KitaBot.Dialogs.Recognizers.Lexicons;

/// <summary>A lexicon phrase as folded tokens, with what it means.</summary>
internal sealed record Phrase<T>(string[] Tokens, T Payload);
