using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Registration.Commands;

/// <summary>A command said instead of an answer; <see cref="Target"/> is set when a language was named.</summary>
public sealed record RecognizedCommand(Command Command, Language? Target = null);
