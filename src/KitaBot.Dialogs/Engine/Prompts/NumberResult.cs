namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>A whole-number answer.</summary>
public sealed record NumberResult(int Value) : DialogResult;
