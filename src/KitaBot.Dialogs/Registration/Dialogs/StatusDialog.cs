using System.Text.Json;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Notifications;
using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Protocol;
using KitaBot.Dialogs.Registration.State;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Catalog;
using KitaBot.Storage.Model;
using StoredRegistration = KitaBot.Storage.Model.Registration;

namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>
/// After the release: each registration with its status (on the waiting list, offered with a deadline, accepted,
/// declined, contract), and the family's rights: withdraw a registration, export its data, delete its data.
/// </summary>
public sealed class StatusDialog : ComponentDialog
{
    private const string Withdraw = "withdraw";
    private const string Export = "export";
    private const string Delete = "delete";
    private const string Menu = "menu";
    private const string ChoicePrompt = "choice";
    private const string YesNoPrompt = "yesNo";

    private readonly MessagePresenter _presenter;
    private readonly IFamilyStore _families;
    private readonly IRegistrationStore _registrations;
    private readonly IPortalCatalog _catalog;
    private readonly IFacilityDirectory _facilities;
    private readonly FamilyConversations _familyConversations;

    public StatusDialog(
        PromptKit kit,
        IFamilyStore families,
        IRegistrationStore registrations,
        IPortalCatalog catalog,
        IFacilityDirectory facilities,
        FamilyConversations familyConversations,
        EmailVerificationDialog emailVerification)
        : base(nameof(StatusDialog))
    {
        _presenter = kit.Presenter;
        _families = families;
        _registrations = registrations;
        _catalog = catalog;
        _facilities = facilities;
        _familyConversations = familyConversations;
        AddDialog(new WaterfallDialog(nameof(StatusDialog) + ".steps",
            [SignInStepAsync, ShowStatusStepAsync, ActStepAsync, ConfirmStepAsync, DoStepAsync]));
        AddDialog(new Engine.Prompts.ChoicePrompt(ChoicePrompt, kit));
        AddDialog(new ConfirmPrompt(YesNoPrompt, kit));
        AddDialog(emailVerification);
    }

    private Task<DialogTurnResult> SignInStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        SignedInFamily.EnsureAsync(step, cancellationToken);

    private async Task<DialogTurnResult> ShowStatusStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var familyId = await SignedInFamily.FamilyIdAsync(step, _families, _catalog, cancellationToken).ConfigureAwait(false);
        var overview = familyId is { } id ? await _families.GetOverviewAsync(id, cancellationToken).ConfigureAwait(false) : null;
        if (overview is null)
        {
            await SendAsync(step, TextId.ResumeNoAccount, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var lines = new List<LocalizedText>();
        foreach (var child in overview.Children)
        {
            foreach (var registration in child.Registrations)
            {
                lines.Add(LocalizedText.Of(
                    registration.OfferDeadline is not null && registration.Status == RegistrationStatus.Offered ? TextId.StatusLineOffer : TextId.StatusLine,
                    TextArg.Reference("reference", registration.ReferenceNumber),
                    TextArg.Plain("name", child.Child.FirstName),
                    TextArg.Plain("what", What(registration, step.Turn.Language)),
                    TextArg.Nested("status", StatusNotificationTexts.StatusName(registration.Status)),
                    TextArg.Date("deadline", registration.OfferDeadline ?? DateOnly.MinValue)));
            }
        }

        await step.Turn.SendActivityAsync(
            _presenter.Message(step.Turn, lines.Count == 0 ? [TextId.StatusNone] : lines), cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(ChoicePrompt, new PromptOptions
        {
            Slot = "status.action",
            Kind = InputKind.Choice,
            Prompt = TextId.StatusActionPrompt,
            Choices =
            [
                new(Withdraw, TextId.StatusWithdraw),
                new(Export, TextId.StatusExport),
                new(Delete, TextId.StatusDelete),
                new(Menu, TextId.StatusBackToMenu),
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ActStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var familyId = step.Turn.Kita().FamilyId!.Value;
        var action = ((ChoiceResult)step.Result!).Value;
        step.Turn.Kita().Draft.StatusAction = action;
        switch (action)
        {
            case Withdraw:
                var overview = await _families.GetOverviewAsync(familyId, cancellationToken).ConfigureAwait(false);
                var open = overview!.Children
                    .SelectMany(c => c.Registrations.Select(r => (Child: c.Child, Registration: r)))
                    .Where(x => RegistrationStatusRules.CanChange(x.Registration.Status, RegistrationStatus.Withdrawn))
                    .ToList();
                if (open.Count == 0)
                {
                    await SendAsync(step, TextId.StatusNothingToWithdraw, cancellationToken).ConfigureAwait(false);
                    return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
                }

                return await step.PromptAsync(ChoicePrompt, new PromptOptions
                {
                    Slot = "status.withdraw",
                    Kind = InputKind.Choice,
                    Prompt = TextId.StatusWithdrawWhich,
                    Choices = open.Select(x => new PromptChoice(x.Registration.Id.ToString("D"), LocalizedText.Of(TextId.Verbatim,
                        TextArg.Plain("value", $"{x.Registration.ReferenceNumber}: {x.Child.FirstName}, {What(x.Registration, step.Turn.Language)}")))).ToList(),
                }, cancellationToken).ConfigureAwait(false);
            case Export:
                var export = await _families.ExportAsync(familyId, cancellationToken).ConfigureAwait(false);
                var reply = _presenter.Message(step.Turn, TextId.StatusExported);
                reply.Attachments =
                [
                    new Attachment
                    {
                        ContentType = "application/json",
                        Name = "kitabot-data.json",
                        ContentUrl = "data:application/json;base64," + Convert.ToBase64String(
                            JsonSerializer.SerializeToUtf8Bytes(export!, StorageJsonContext.Default.FamilyExport)),
                    },
                ];
                await step.Turn.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            case Delete:
                return await step.PromptAsync(YesNoPrompt, ConfirmPrompt.Options("status.confirmDelete", TextId.StatusDeleteConfirm), cancellationToken)
                    .ConfigureAwait(false);
            default:
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is ChoiceResult registration)
        {
            step.Turn.Kita().Draft.PendingWithdrawal = Guid.Parse(registration.Value);
            return step.PromptAsync(YesNoPrompt, ConfirmPrompt.Options("status.confirmWithdraw", TextId.StatusWithdrawConfirm), cancellationToken);
        }

        return step.NextAsync(step.Result, cancellationToken);
    }

    private async Task<DialogTurnResult> DoStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = step.Turn.Kita();
        var action = state.Draft.StatusAction;
        state.Draft.StatusAction = null;
        if (step.Result is not ConfirmResult { Value: true })
        {
            await SendAsync(step, TextId.StatusNothingChanged, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var familyId = state.FamilyId!.Value;
        if (action == Delete)
        {
            await _families.EraseAsync(familyId, Actor.ForFamily(familyId), cancellationToken).ConfigureAwait(false);
            await _familyConversations.ForgetAsync(familyId, cancellationToken).ConfigureAwait(false);
            state.FamilyId = null;
            state.Draft = new RegistrationDraft();
            await SendAsync(step, TextId.StatusDeleted, cancellationToken).ConfigureAwait(false);
        }
        else if (state.Draft.PendingWithdrawal is { } registrationId)
        {
            state.Draft.PendingWithdrawal = null;
            var result = await _registrations.WithdrawAsync(familyId, registrationId, null, cancellationToken).ConfigureAwait(false);
            await SendAsync(step, result.Outcome == StatusChangeOutcome.Changed ? TextId.StatusWithdrawn : TextId.StatusNothingChanged, cancellationToken)
                .ConfigureAwait(false);
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private string What(StoredRegistration registration, Language language) =>
        registration.Details.FacilityId is { } facilityId
            ? _facilities.Find(facilityId)?.Name ?? facilityId
            : _presenter.Texts.Term(GlossaryTerm.Kindertagespflege, language);

    private Task SendAsync(WaterfallStepContext step, LocalizedText text, CancellationToken cancellationToken) =>
        step.Turn.SendActivityAsync(_presenter.Message(step.Turn, text), cancellationToken);
}
