using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks one question and ends with a typed answer. An answer that is not understood, or that the validator
/// rejects, gets a re-prompt that says what was wrong; after <see cref="PromptOptions.MaxAttempts"/> failures in
/// a row the prompt offers help and a person instead of repeating itself.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private readonly PromptValidator<T>? _validator;

    protected Prompt(string id, PromptKit kit, PromptValidator<T>? validator)
        : base(id)
    {
        Kit = kit;
        _validator = validator;
    }

    protected PromptKit Kit { get; }

    protected MessagePresenter Presenter => Kit.Presenter;

    /// <summary>A prompt cannot begin without its options, so a changed section restarts from its waterfall.</summary>
    public override bool CanRestart => false;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveInstance!;
        instance.Attempts = 0;
        await SendAsync(dc.Turn, instance.Prompt!, reason: null, isRetry: false, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Turn.Activity.Type != ActivityTypes.Message)
        {
            return DialogTurnResult.Waiting;
        }

        var instance = dc.ActiveInstance!;
        var options = instance.Prompt!;
        var recognized = await RecognizeAsync(dc.Turn, options, cancellationToken).ConfigureAwait(false);
        instance.Attempts++;

        var validation = _validator is null
            ? (recognized.Succeeded ? PromptValidation.Valid : PromptValidation.Invalid(NotUnderstood(options)))
            : await _validator(new PromptValidatorContext<T>(dc.Turn, recognized, options, instance.Attempts), cancellationToken)
                .ConfigureAwait(false);

        if (validation.IsValid && recognized.Succeeded)
        {
            return await dc.EndDialogAsync(ToResult(recognized.Value!), cancellationToken).ConfigureAwait(false);
        }

        // Counted even when a validator answered itself, so the offer of help and a person always comes.
        if (instance.Attempts >= options.MaxAttempts)
        {
            instance.Attempts = 0;
            await SendAsync(dc.Turn, options, TextId.PromptTooManyAttempts, isRetry: true, cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }

        if (dc.Turn.Responded)
        {
            return DialogTurnResult.Waiting;
        }

        await SendAsync(dc.Turn, options, validation.Reason ?? NotUnderstood(options), isRetry: true, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogResult? result, CancellationToken cancellationToken)
    {
        await RepromptAsync(dc, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) =>
        SendAsync(dc.Turn, dc.ActiveInstance!.Prompt!, reason: null, isRetry: false, cancellationToken);

    protected abstract Task<PromptRecognition<T>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken);

    protected abstract DialogResult ToResult(T value);

    /// <summary>What is said when an answer was not understood at all; specific to the kind of input.</summary>
    protected virtual LocalizedText NotUnderstood(PromptOptions options) => TextId.PromptNotUnderstood;

    private Task SendAsync(TurnContext turn, PromptOptions options, LocalizedText? reason, bool isRetry, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(Presenter.Prompt(turn, options, reason, isRetry), cancellationToken);
}
