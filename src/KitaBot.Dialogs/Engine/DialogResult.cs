namespace KitaBot.Dialogs.Engine;

/// <summary>
/// The typed value a dialog ends with. Prompts end with one of the records in <c>Prompts/</c>; a step tests
/// it with a pattern such as <c>step.Result is ConfirmResult { Value: true }</c>. Results live only within a
/// turn and are never persisted, so no type names reach storage.
/// </summary>
public abstract record DialogResult;
