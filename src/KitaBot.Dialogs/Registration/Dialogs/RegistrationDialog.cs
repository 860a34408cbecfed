using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Registration.State;

namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>
/// The portal's steps in order: the account, then for each child the pre-registration and its Kita and/or
/// childminder choices, then the review with release.
/// </summary>
public sealed class RegistrationDialog : ComponentDialog
{
    private const string YesNoPrompt = "yesNo";

    public RegistrationDialog(
        PromptKit kit,
        AccountDialog account,
        ChildDialog child,
        KitaChoiceDialog kitas,
        ChildminderDialog childminder,
        ReviewDialog review)
        : base(nameof(RegistrationDialog))
    {
        AddDialog(new WaterfallDialog(nameof(RegistrationDialog) + ".steps",
        [
            AccountStepAsync,
            ChildStepAsync,
            KitasStepAsync,
            ChildminderStepAsync,
            AskAnotherChildStepAsync,
            NextChildOrReviewStepAsync,
            FinishStepAsync,
        ]));
        AddDialog(new ConfirmPrompt(YesNoPrompt, kit));
        AddDialog(account);
        AddDialog(child);
        AddDialog(kitas);
        AddDialog(childminder);
        AddDialog(review);
    }

    private static RegistrationDraft Draft(WaterfallStepContext step) => step.Turn.Kita().Draft;

    private Task<DialogTurnResult> AccountStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Turn.Kita().FamilyId is not null && Draft(step).Account.PortalId is not null
            ? step.NextAsync(null, cancellationToken)
            : step.BeginDialogAsync(nameof(AccountDialog), cancellationToken);

    private Task<DialogTurnResult> ChildStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (draft.Account.PortalId is null)
        {
            // The town has its own procedure: the family was routed to its office.
            return step.EndDialogAsync(null, cancellationToken);
        }

        if (draft.Children.Count == 0 || step.Reason == DialogReason.NextCalled && step.Result is ConfirmResult { Value: true })
        {
            draft.Children.Add(new ChildDraft());
        }

        draft.CurrentChild = draft.Children.Count - 1;
        return step.BeginDialogAsync(nameof(ChildDialog), cancellationToken);
    }

    private Task<DialogTurnResult> KitasStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Draft(step).Child.Care is CareChoice.Kita or CareChoice.Both
            ? step.BeginDialogAsync(nameof(KitaChoiceDialog), cancellationToken)
            : step.NextAsync(null, cancellationToken);

    private Task<DialogTurnResult> ChildminderStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Draft(step).Child.Care is CareChoice.Childminder or CareChoice.Both
            ? step.BeginDialogAsync(nameof(ChildminderDialog), cancellationToken)
            : step.NextAsync(null, cancellationToken);

    private Task<DialogTurnResult> AskAnotherChildStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(YesNoPrompt, ConfirmPrompt.Options("registration.anotherChild", TextId.AnotherChildPrompt), cancellationToken);

    private Task<DialogTurnResult> NextChildOrReviewStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Result is ConfirmResult { Value: true }
            ? step.GoToAsync(nameof(ChildStepAsync), step.Result, cancellationToken)
            : step.BeginDialogAsync(nameof(ReviewDialog), cancellationToken);

    private Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Result is ChoiceResult { Value: ReviewDialog.AddChild }
            ? step.GoToAsync(nameof(ChildStepAsync), new ConfirmResult(true), cancellationToken)
            : step.EndDialogAsync(null, cancellationToken);
}
