namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt understood in an answer; <c>default</c> means nothing.</summary>
public readonly record struct PromptRecognition<T>(bool Succeeded, T? Value);
