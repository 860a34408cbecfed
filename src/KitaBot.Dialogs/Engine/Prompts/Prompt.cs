using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Presentation.Voice;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks one question and ends with a typed answer. An answer that is not understood, or that the validator
/// rejects, gets a re-prompt that says what was wrong; after <see cref="PromptOptions.MaxAttempts"/> failures in
/// a row the prompt offers help and a person instead of repeating itself.
/// </summary>
/// <remarks>
/// On the phone (channels.md §3.5–3.7) every prompt also takes keypad input (<see cref="KeypadInput"/>), reads long
/// option lists in pages (<see cref="VoiceOptionPages"/>), and reads names, e-mail addresses, phone numbers and
/// dates back before it ends ("I understood: … Is that right?"); a no asks the question again. The state for this
/// lives on the prompt's <see cref="DialogInstance"/>, so dialogs ask the same way on every channel.
/// </remarks>
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
        await SendAsync(dc.Turn, instance, reason: null, isRetry: false, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        if (!PromptInput.IsAnswer(turn.Activity))
        {
            return DialogTurnResult.Waiting;
        }

        var instance = dc.ActiveInstance!;
        var key = KeypadInput.Key(turn.Activity);
        if (instance.ReadBackAnswer is not null)
        {
            return await ContinueReadBackAsync(dc, instance, key, cancellationToken).ConfigureAwait(false);
        }

        var input = PhoneInput.Resolve(Kit, turn, instance, key);
        switch (input.Kind)
        {
            case ResolvedInputKind.Collecting:
                return DialogTurnResult.Waiting;
            case ResolvedInputKind.MoreOptions:
                instance.VoicePage++;
                await SendAsync(turn, instance, reason: null, isRetry: false, cancellationToken).ConfigureAwait(false);
                return DialogTurnResult.Waiting;
            case ResolvedInputKind.Substituted:
                using (new SubstitutedAnswer(turn.Activity, input.Text, input.PostedValue))
                {
                    return await AnswerAsync(dc, instance, cancellationToken).ConfigureAwait(false);
                }

            default:
                return await AnswerAsync(dc, instance, cancellationToken).ConfigureAwait(false);
        }
    }

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogResult? result, CancellationToken cancellationToken)
    {
        await RepromptAsync(dc, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveInstance!;
        return instance.ReadBackAnswer is not null
            ? RepeatReadBackAsync(dc.Turn, instance, reason: null, cancellationToken)
            : SendAsync(dc.Turn, instance, reason: null, isRetry: false, cancellationToken);
    }

    protected abstract Task<PromptRecognition<T>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken);

    protected abstract DialogResult ToResult(T value);

    /// <summary>What is said when an answer was not understood at all; specific to the kind of input.</summary>
    protected virtual LocalizedText NotUnderstood(PromptOptions options) => TextId.PromptNotUnderstood;

    /// <summary>
    /// The value to read back on the phone before the answer is accepted, or null for answers that are not read
    /// back. Names, e-mail addresses, phone numbers and dates are, because speech recognition gets them wrong most.
    /// </summary>
    protected virtual TextArg? ReadBackValue(T value, PromptOptions options) => null;

    private async Task<DialogTurnResult> AnswerAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        var options = instance.Prompt!;
        var recognized = await RecognizeAsync(dc.Turn, options, cancellationToken).ConfigureAwait(false);
        instance.Attempts++;

        var validation = _validator is null
            ? (recognized.Succeeded ? PromptValidation.Valid : PromptValidation.Invalid(NotUnderstood(options)))
            : await _validator(new PromptValidatorContext<T>(dc.Turn, recognized, options, instance.Attempts), cancellationToken)
                .ConfigureAwait(false);

        if (validation.IsValid && recognized.Succeeded)
        {
            if (ChannelIds.IsVoice(dc.Turn.Activity.ChannelId) && ReadBackValue(recognized.Value!, options) is { } readBack)
            {
                instance.ReadBackAnswer = PromptInput.Text(dc.Turn.Activity);
                await SendReadBackAsync(dc.Turn, options, readBack, reason: null, cancellationToken).ConfigureAwait(false);
                return DialogTurnResult.Waiting;
            }

            return await dc.EndDialogAsync(ToResult(recognized.Value!), cancellationToken).ConfigureAwait(false);
        }

        // Counted even when a validator answered itself, so the offer of help and a person always comes.
        if (instance.Attempts >= options.MaxAttempts)
        {
            instance.Attempts = 0;

            // What was wrong still comes first, unless the validator said it itself.
            if (!dc.Turn.Responded && (validation.Reason ?? NotUnderstood(options)) is { } reason)
            {
                await dc.Turn.SendActivityAsync(Presenter.Message(dc.Turn, reason), cancellationToken).ConfigureAwait(false);
            }

            await SendAsync(dc.Turn, instance, TextId.PromptTooManyAttempts, isRetry: true, cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }

        if (dc.Turn.Responded)
        {
            return DialogTurnResult.Waiting;
        }

        await SendAsync(dc.Turn, instance, validation.Reason ?? NotUnderstood(options), isRetry: true, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <summary>Yes (or key 1) accepts the answer that was read back; no (or key 2) asks the question again.</summary>
    private async Task<DialogTurnResult> ContinueReadBackAsync(DialogContext dc, DialogInstance instance, char? key, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        var confirmed = key is { } pressed
            ? pressed switch { '1' => true, '2' => false, _ => (bool?)null }
            : YesNoInput.Recognize(Kit, turn);
        if (confirmed is null)
        {
            await RepeatReadBackAsync(turn, instance, TextId.ConfirmNotUnderstood, cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }

        var answer = instance.ReadBackAnswer;
        instance.ReadBackAnswer = null;
        if (confirmed == false)
        {
            instance.Attempts = 0;
            await SendAsync(turn, instance, reason: null, isRetry: false, cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }

        PromptRecognition<T> recognized;
        using (new SubstitutedAnswer(turn.Activity, answer, postedValue: null))
        {
            recognized = await RecognizeAsync(turn, instance.Prompt!, cancellationToken).ConfigureAwait(false);
        }

        if (recognized.Succeeded)
        {
            return await dc.EndDialogAsync(ToResult(recognized.Value!), cancellationToken).ConfigureAwait(false);
        }

        await SendAsync(turn, instance, NotUnderstood(instance.Prompt!), isRetry: true, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <summary>Asks the read-back question again, for a reprompt or after an answer that was neither yes nor no.</summary>
    private async Task RepeatReadBackAsync(TurnContext turn, DialogInstance instance, LocalizedText? reason, CancellationToken cancellationToken)
    {
        var options = instance.Prompt!;
        PromptRecognition<T> recognized;
        using (new SubstitutedAnswer(turn.Activity, instance.ReadBackAnswer, postedValue: null))
        {
            recognized = await RecognizeAsync(turn, options, cancellationToken).ConfigureAwait(false);
        }

        if (recognized.Succeeded && ReadBackValue(recognized.Value!, options) is { } readBack)
        {
            await SendReadBackAsync(turn, options, readBack, reason, cancellationToken).ConfigureAwait(false);
            return;
        }

        instance.ReadBackAnswer = null;
        await SendAsync(turn, instance, reason: null, isRetry: false, cancellationToken).ConfigureAwait(false);
    }

    private Task SendReadBackAsync(TurnContext turn, PromptOptions options, TextArg value, LocalizedText? reason, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(Presenter.Prompt(turn, YesNoInput.ReadBackOptions(options, value), reason, isRetry: false), cancellationToken);

    private Task SendAsync(TurnContext turn, DialogInstance instance, LocalizedText? reason, bool isRetry, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(Presenter.Prompt(turn, instance.Prompt!, reason, isRetry, instance.VoicePage), cancellationToken);
}
