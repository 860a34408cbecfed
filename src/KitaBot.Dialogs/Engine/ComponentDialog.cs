namespace KitaBot.Dialogs.Engine;

/// <summary>
/// A dialog made of dialogs, with its own inner stack persisted inside its instance. It begins
/// <see cref="InitialDialogId"/> and ends with the result of the inner stack's last dialog.
/// </summary>
public abstract class ComponentDialog : Dialog
{
    private readonly DialogSet _dialogs = new();
    private string? _version;

    protected ComponentDialog(string id)
        : base(id)
    {
    }

    /// <summary>The first dialog added, unless set.</summary>
    protected string? InitialDialogId { get; set; }

    /// <summary>Changes whenever any inner dialog changes.</summary>
    public override string Version => _version ??= $"{Id}:{_dialogs.Version}";

    public DialogSet InnerDialogs => _dialogs;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var inner = CreateInnerContext(dc, dc.ActiveInstance!);
        var result = await inner.BeginDialogAsync(InitialDialogId!, cancellationToken).ConfigureAwait(false);
        return await EndIfDoneAsync(dc, result, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var inner = CreateInnerContext(dc, dc.ActiveInstance!);
        var result = await inner.ContinueDialogAsync(onSectionRestart: null, cancellationToken).ConfigureAwait(false);
        return await EndIfDoneAsync(dc, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Containers are not leaves: when a dialog above ends, ask the inner question again.</summary>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogResult? result, CancellationToken cancellationToken)
    {
        await RepromptAsync(dc, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) =>
        CreateInnerContext(dc, dc.ActiveInstance!).RepromptDialogAsync(cancellationToken);

    public override async Task EndAsync(DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (reason == DialogReason.CancelCalled)
        {
            await CreateInnerContext(dc, instance).CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override bool CanGoBack(DialogContext dc, DialogInstance instance)
    {
        var inner = CreateInnerContext(dc, instance);
        return inner.State.Stack.Any(i => inner.FindDialog(i.Id) is { } d && d.CanGoBack(inner, i));
    }

    public override async Task<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var inner = CreateInnerContext(dc, dc.ActiveInstance!);
        var result = await inner.GoBackAsync(cancellationToken).ConfigureAwait(false) ?? DialogTurnResult.Waiting;
        return await EndIfDoneAsync(dc, result, cancellationToken).ConfigureAwait(false);
    }

    public DialogContext CreateInnerContext(DialogContext outer, DialogInstance instance)
    {
        instance.Inner ??= new DialogState();
        return new DialogContext(_dialogs, outer.Turn, instance.Inner, outer);
    }

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        _version = null;
        InitialDialogId ??= dialog.Id;
        return this;
    }

    private static async Task<DialogTurnResult> EndIfDoneAsync(DialogContext dc, DialogTurnResult inner, CancellationToken cancellationToken) =>
        inner.Status == DialogTurnStatus.Waiting
            ? inner
            : await dc.EndDialogAsync(inner.Result, cancellationToken).ConfigureAwait(false);
}
