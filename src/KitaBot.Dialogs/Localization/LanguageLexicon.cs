namespace KitaBot.Dialogs.Localization;

/// <summary>
/// The words of one language that are data, not texts: command words (help, back, …), the names of our
/// languages as said in this language, and frequent words that identify the language in a first message.
/// </summary>
public sealed record LanguageLexicon(
    IReadOnlyDictionary<Command, IReadOnlyList<string>> Commands,
    IReadOnlyDictionary<Language, IReadOnlyList<string>> LanguageNames,
    IReadOnlyList<string> DetectionWords);
