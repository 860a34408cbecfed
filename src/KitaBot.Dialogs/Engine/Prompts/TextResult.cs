namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>A text answer.</summary>
public sealed record TextResult(string Value) : DialogResult;
