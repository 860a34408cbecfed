namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>What a validator sees: the turn, what was recognized, the options and how many tries were made.</summary>
public sealed record PromptValidatorContext<T>(TurnContext Turn, PromptRecognition<T> Recognized, PromptOptions Options, int AttemptCount);
