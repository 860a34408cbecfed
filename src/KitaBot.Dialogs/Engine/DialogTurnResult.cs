namespace KitaBot.Dialogs.Engine;

/// <summary>The outcome of a dialog operation, with the result of the dialog that completed, if any.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, DialogResult? Result = null)
{
    /// <summary>The dialog waits for the next activity (the SDK's <c>Dialog.EndOfTurn</c>).</summary>
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);
}
