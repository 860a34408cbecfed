namespace KitaBot.Dialogs.Engine;

/// <summary>The base of every dialog, with the Bot Framework's lifecycle: begin, continue, resume, reprompt, end.</summary>
public abstract class Dialog
{
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string Id { get; }

    /// <summary>Changes whenever a change to the dialog would make a persisted instance resume wrongly.</summary>
    public virtual string Version => Id;

    /// <summary>Whether the dialog can begin without arguments, so a changed section can start over with it.</summary>
    public virtual bool CanRestart => true;

    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken);

    /// <summary>A new activity arrived while this dialog is active.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child dialog ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogResult? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Ask the pending question again.</summary>
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called as the instance leaves the stack.</summary>
    public virtual Task EndAsync(DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Whether this instance can ask its previous question again ("back").</summary>
    public virtual bool CanGoBack(DialogContext dc, DialogInstance instance) => false;

    /// <summary>Asks the previous question again; called only when <see cref="CanGoBack"/> said yes and this is active.</summary>
    public virtual Task<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"Dialog '{Id}' cannot go back.");
}
