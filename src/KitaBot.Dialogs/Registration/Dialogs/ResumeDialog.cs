using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Registration.Saving;
using KitaBot.Dialogs.Registration.State;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Catalog;

namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>Continues a saved registration: the family proves its e-mail address, then resumes where it stopped.</summary>
public sealed class ResumeDialog : ComponentDialog
{
    private readonly MessagePresenter _presenter;
    private readonly IFamilyStore _families;
    private readonly IPortalCatalog _catalog;
    private readonly DraftSnapshots _snapshots;

    public ResumeDialog(PromptKit kit, IFamilyStore families, IPortalCatalog catalog, DraftSnapshots snapshots, EmailVerificationDialog emailVerification)
        : base(nameof(ResumeDialog))
    {
        _presenter = kit.Presenter;
        _families = families;
        _catalog = catalog;
        _snapshots = snapshots;
        AddDialog(new WaterfallDialog(nameof(ResumeDialog) + ".steps", [VerifyStepAsync, ResumeStepAsync]));
        AddDialog(emailVerification);
    }

    private async Task<DialogTurnResult> VerifyStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Turn.SendActivityAsync(_presenter.Message(step.Turn, TextId.ResumeIntro), cancellationToken).ConfigureAwait(false);
        return await step.BeginDialogAsync(nameof(EmailVerificationDialog), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ResumeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = step.Turn.Kita();
        if (step.Result is not VerifiedEmail { ExistingFamilyId: { } familyId }
            || await _families.GetAsync(familyId, cancellationToken).ConfigureAwait(false) is not { } family)
        {
            await step.Turn.SendActivityAsync(_presenter.Message(step.Turn, TextId.ResumeNoAccount), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        state.FamilyId = familyId;
        AccountDialog.CopyAccount(family, state.Draft.Account, _catalog);
        state.PendingResume = await _snapshots.LoadAsync(familyId, cancellationToken).ConfigureAwait(false);
        if (state.PendingResume is not null)
        {
            // The handler puts the saved stack in place at the end of this turn; ending here would let the menu
            // ask its question first.
            return DialogTurnResult.Waiting;
        }

        await step.Turn.SendActivityAsync(_presenter.Message(step.Turn, TextId.ResumeNothingSaved), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
