namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>Decides alone whether an answer is acceptable, even when recognition failed.</summary>
public delegate Task<PromptValidation> PromptValidator<T>(PromptValidatorContext<T> context, CancellationToken cancellationToken);
