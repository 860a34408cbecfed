using KitaBot.Dialogs.Engine.Prompts;

namespace KitaBot.Dialogs.Engine;

/// <summary>
/// Operates one dialog stack during a turn: begin, continue, end, replace, cancel, reprompt and go back.
/// Component dialogs create an inner context whose <see cref="Parent"/> is the outer one.
/// </summary>
public sealed class DialogContext
{
    internal DialogContext(DialogSet dialogs, TurnContext turn, DialogState state, DialogContext? parent)
    {
        Dialogs = dialogs;
        Turn = turn;
        State = state;
        Parent = parent;
    }

    public DialogSet Dialogs { get; }

    public TurnContext Turn { get; }

    public DialogContext? Parent { get; }

    public DialogState State { get; }

    public DialogInstance? ActiveInstance => State.Stack.Count == 0 ? null : State.Stack[^1];

    public Dialog? ActiveDialog => ActiveInstance is { } instance ? FindDialog(instance.Id) : null;

    /// <summary>The innermost context, following active component dialogs down.</summary>
    public DialogContext Innermost =>
        ActiveInstance is { } instance && FindDialog(instance.Id) is ComponentDialog component
            ? component.CreateInnerContext(this, instance).Innermost
            : this;

    public Dialog? FindDialog(string id) => Dialogs.Find(id) ?? Parent?.FindDialog(id);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, CancellationToken cancellationToken) =>
        BeginAsync(dialogId, prompt: null, cancellationToken);

    /// <summary>Begins a waterfall at a named step, e.g. to change one answer from the review.</summary>
    public async Task<DialogTurnResult> BeginWaterfallAtAsync(string waterfallId, string stepName, CancellationToken cancellationToken)
    {
        var waterfall = FindDialog(waterfallId) as WaterfallDialog
            ?? throw new InvalidOperationException($"No waterfall with id '{waterfallId}' can be found from here.");
        State.Stack.Add(new DialogInstance { Id = waterfallId, Version = waterfall.Version });
        return await waterfall.RunStepAsync(this, waterfall.IndexOf(stepName), DialogReason.BeginCalled, null, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Begins a prompt dialog with what it should ask.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken) =>
        BeginAsync(dialogId, options, cancellationToken);

    /// <summary>
    /// Gives the activity to the active dialog. A stack persisted by another version of a dialog is not resumed:
    /// its section restarts from its first question, and <paramref name="onSectionRestart"/> tells the user.
    /// </summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(Func<Task>? onSectionRestart, CancellationToken cancellationToken)
    {
        var stale = FindStaleIndex();
        if (stale >= 0)
        {
            return await RestartSectionAsync(stale, onSectionRestart, cancellationToken).ConfigureAwait(false);
        }

        return ActiveDialog is { } dialog
            ? await dialog.ContinueAsync(this, cancellationToken).ConfigureAwait(false)
            : new DialogTurnResult(DialogTurnStatus.Empty);
    }

    public async Task<DialogTurnResult> EndDialogAsync(DialogResult? result, CancellationToken cancellationToken)
    {
        await EndActiveAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        return ActiveDialog is { } parent
            ? await parent.ResumeAsync(this, result, cancellationToken).ConfigureAwait(false)
            : new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog and begins another in its place, without resuming the parent (for loops).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, CancellationToken cancellationToken)
    {
        await EndActiveAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken)
    {
        while (State.Stack.Count > 0)
        {
            await EndActiveAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    public Task RepromptDialogAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } dialog ? dialog.RepromptAsync(this, cancellationToken) : Task.CompletedTask;

    /// <summary>
    /// Asks the previous question again: the innermost dialog that can go back does so, and everything above it
    /// is cancelled. Returns null when the current question is the first one.
    /// </summary>
    public async Task<DialogTurnResult?> GoBackAsync(CancellationToken cancellationToken)
    {
        for (var index = State.Stack.Count - 1; index >= 0; index--)
        {
            var instance = State.Stack[index];
            if (FindDialog(instance.Id) is { } dialog && dialog.CanGoBack(this, instance))
            {
                while (State.Stack.Count - 1 > index)
                {
                    await EndActiveAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
                }

                return await dialog.GoBackAsync(this, cancellationToken).ConfigureAwait(false);
            }
        }

        return null;
    }

    private async Task<DialogTurnResult> BeginAsync(string dialogId, PromptOptions? prompt, CancellationToken cancellationToken)
    {
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' can be found from here.");
        State.Stack.Add(new DialogInstance { Id = dialogId, Version = dialog.Version, Prompt = prompt });
        return await dialog.BeginAsync(this, cancellationToken).ConfigureAwait(false);
    }

    private async Task EndActiveAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveInstance;
        if (instance is null)
        {
            return;
        }

        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndAsync(this, instance, reason, cancellationToken).ConfigureAwait(false);
        }

        State.Stack.RemoveAt(State.Stack.Count - 1);
    }

    private int FindStaleIndex()
    {
        for (var index = 0; index < State.Stack.Count; index++)
        {
            var instance = State.Stack[index];
            if (FindDialog(instance.Id) is not { } dialog || dialog.Version != instance.Version)
            {
                return index;
            }
        }

        return -1;
    }

    private async Task<DialogTurnResult> RestartSectionAsync(int stale, Func<Task>? onSectionRestart, CancellationToken cancellationToken)
    {
        // Restart the outermost changed dialog if it can begin afresh, else the section that contains it.
        var restart = stale;
        while (restart >= 0 && FindDialog(State.Stack[restart].Id) is not { CanRestart: true })
        {
            restart--;
        }

        var restartId = restart >= 0 ? State.Stack[restart].Id : null;
        var from = Math.Max(restart, 0);

        // Dropped without EndAsync: their code may have changed shape, so only the stack entries are removed.
        State.Stack.RemoveRange(from, State.Stack.Count - from);
        if (onSectionRestart is not null)
        {
            await onSectionRestart().ConfigureAwait(false);
        }

        return restartId is null
            ? new DialogTurnResult(DialogTurnStatus.Empty)
            : await BeginDialogAsync(restartId, cancellationToken).ConfigureAwait(false);
    }
}
