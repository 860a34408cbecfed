using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Registration.Release;
using KitaBot.Dialogs.Registration.State;

namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>
/// "Check your answers": every registration with its orange status light while it can still be changed, then
/// release, change an answer, or add another child. Release needs an explicit yes; it marks the registrations green
/// and submits them once, however often the button is pressed.
/// </summary>
public sealed class ReviewDialog : ComponentDialog
{
    public const string AddChild = "addChild";
    private const string Release = "release";
    private const string Change = "change";
    private const string ChoicePrompt = "choice";
    private const string YesNoPrompt = "yesNo";

    private readonly MessagePresenter _presenter;
    private readonly ReviewSummary _summary;
    private readonly RegistrationReleaser _releaser;

    public ReviewDialog(PromptKit kit, ReviewSummary summary, RegistrationReleaser releaser, ChangeAnswerDialog changeAnswer)
        : base(nameof(ReviewDialog))
    {
        _presenter = kit.Presenter;
        _summary = summary;
        _releaser = releaser;
        AddDialog(new WaterfallDialog(nameof(ReviewDialog) + ".steps",
            [ShowSummaryStepAsync, ActStepAsync, ReleaseStepAsync]));
        AddDialog(new Engine.Prompts.ChoicePrompt(ChoicePrompt, kit));
        AddDialog(new ConfirmPrompt(YesNoPrompt, kit));
        AddDialog(changeAnswer);
    }

    private async Task<DialogTurnResult> ShowSummaryStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.Turn.Kita().Draft;
        draft.ReleaseKey ??= Guid.NewGuid();
        await step.Turn.SendActivityAsync(_presenter.Message(step.Turn, _summary.Lines(draft)), cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(ChoicePrompt, new PromptOptions
        {
            Slot = "review.action",
            Kind = InputKind.Choice,
            Prompt = TextId.ReviewPrompt,
            Choices = [new(Release, TextId.ReviewRelease), new(Change, TextId.ReviewChange), new(AddChild, TextId.ReviewAddChild)],
        }, cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> ActStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        ((ChoiceResult)step.Result!).Value switch
        {
            Release => step.PromptAsync(YesNoPrompt, ConfirmPrompt.Options("review.confirmRelease", TextId.ReleaseConfirmPrompt), cancellationToken),
            Change => step.BeginDialogAsync(nameof(ChangeAnswerDialog), cancellationToken),
            _ => step.EndDialogAsync(new ChoiceResult(AddChild), cancellationToken),
        };

    private async Task<DialogTurnResult> ReleaseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not ConfirmResult { Value: true })
        {
            return await step.ReplaceDialogAsync(nameof(ReviewDialog) + ".steps", cancellationToken).ConfigureAwait(false);
        }

        var released = await _releaser.ReleaseAsync(step.Turn, cancellationToken).ConfigureAwait(false);
        var replies = new List<Protocol.Activity>
        {
            _presenter.Message(step.Turn, LocalizedText.Of(TextId.ReleaseDone, TextArg.Count(released.Count))),
            _presenter.Message(step.Turn, released.Select(r => r.Line).ToList()),
        };
        if (released.Any(r => !r.IsChildminder))
        {
            replies.Add(_presenter.Message(step.Turn, TextId.ReleaseNextSteps));
        }

        if (released.Any(r => r.IsChildminder))
        {
            replies.Add(_presenter.Message(step.Turn, TextId.ReleaseNextStepsChildminder));
        }

        await step.Turn.SendActivitiesAsync(replies, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
