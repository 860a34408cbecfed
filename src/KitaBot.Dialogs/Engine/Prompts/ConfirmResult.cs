namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>A yes or no answer.</summary>
public sealed record ConfirmResult(bool Value) : DialogResult;
