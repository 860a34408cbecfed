using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Registration.State;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Catalog;

namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>Changes the family's contact details (Kontaktdaten): after the e-mail check, phone and address again.</summary>
public sealed class ContactDetailsDialog : ComponentDialog
{
    private readonly MessagePresenter _presenter;
    private readonly IFamilyStore _families;
    private readonly IPortalCatalog _catalog;

    public ContactDetailsDialog(
        PromptKit kit, IFamilyStore families, IPortalCatalog catalog, EmailVerificationDialog emailVerification, AccountDialog account)
        : base(nameof(ContactDetailsDialog))
    {
        _presenter = kit.Presenter;
        _families = families;
        _catalog = catalog;
        AddDialog(new WaterfallDialog(nameof(ContactDetailsDialog) + ".steps", [SignInStepAsync, ChangeStepAsync, FinishStepAsync]));
        AddDialog(emailVerification);
        AddDialog(account);
    }

    private Task<DialogTurnResult> SignInStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        SignedInFamily.EnsureAsync(step, cancellationToken);

    private async Task<DialogTurnResult> ChangeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (await SignedInFamily.FamilyIdAsync(step, _families, _catalog, cancellationToken).ConfigureAwait(false) is null)
        {
            await step.Turn.SendActivityAsync(_presenter.Message(step.Turn, TextId.ResumeNoAccount), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Turn.Kita().Draft.Edit = AccountDialog.ContactDetailsEdit;
        return await step.BeginDialogAsync(nameof(AccountDialog), cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(null, cancellationToken);
}
