namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>The language-neutral value of the chosen option.</summary>
public sealed record ChoiceResult(string Value) : DialogResult;
