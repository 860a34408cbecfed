using KitaBot.Dialogs.Engine.Prompts;

namespace KitaBot.Dialogs.Engine;

/// <summary>What a waterfall step sees: the previous step's result, why it runs, and the dialog operations.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly int _index;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, int index, DialogReason reason, DialogResult? result)
    {
        _waterfall = waterfall;
        _index = index;
        Context = dc;
        Reason = reason;
        Result = result;
    }

    public DialogContext Context { get; }

    public TurnContext Turn => Context.Turn;

    /// <summary>The result of the previous step's child dialog (a prompt's answer), or what NextAsync passed.</summary>
    public DialogResult? Result { get; }

    public DialogReason Reason { get; }

    /// <summary>The name of this step.</summary>
    public string StepName => _waterfall.StepName(_index);

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken) =>
        Context.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, CancellationToken cancellationToken) =>
        Context.BeginDialogAsync(dialogId, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(DialogResult? result, CancellationToken cancellationToken) =>
        Context.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, CancellationToken cancellationToken) =>
        Context.ReplaceDialogAsync(dialogId, cancellationToken);

    /// <summary>Skips to the next step without asking anything; may be called once per step.</summary>
    public Task<DialogTurnResult> NextAsync(DialogResult? result, CancellationToken cancellationToken)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step '{StepName}'.");
        }

        _nextCalled = true;
        return _waterfall.RunStepAsync(Context, _index + 1, DialogReason.NextCalled, result, cancellationToken);
    }

    /// <summary>Jumps to a named step of this waterfall, e.g. back to the review from an edit.</summary>
    public Task<DialogTurnResult> GoToAsync(string stepName, DialogResult? result, CancellationToken cancellationToken)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step '{StepName}'.");
        }

        _nextCalled = true;
        return _waterfall.RunStepAsync(Context, _waterfall.IndexOf(stepName), DialogReason.NextCalled, result, cancellationToken);
    }
}
