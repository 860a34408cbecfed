using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Registration.Saving;
using KitaBot.Dialogs.Registration.State;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Catalog;
using KitaBot.Storage.Model;

namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>
/// The account (Benutzerkonto) and contact details: name, e-mail with a one-time code, phone, and the address with
/// postcode, town and Ortsteil, checked against the town data. A town with its own procedure is routed politely to
/// its office. A returning family is recognised by its verified e-mail and may resume its saved registration.
/// </summary>
public sealed class AccountDialog : ComponentDialog
{
    private const string NamePrompt = "name";
    private const string PhonePrompt = "phone";
    private const string PostcodePrompt = "postcode";
    private const string ChoicePrompt = "choice";
    private const string OrtsteilPrompt = "ortsteil";
    private const string StreetPrompt = "street";
    private const string YesNoPrompt = "yesNo";
    private const int MostOrtsteileAsButtons = 10;

    private readonly MessagePresenter _presenter;
    private readonly IPortalCatalog _catalog;
    private readonly IFamilyStore _families;
    private readonly DraftSnapshots _snapshots;

    public AccountDialog(
        PromptKit kit,
        IPortalCatalog catalog,
        IFamilyStore families,
        DraftSnapshots snapshots,
        EmailVerificationDialog emailVerification)
        : base(nameof(AccountDialog))
    {
        _presenter = kit.Presenter;
        _catalog = catalog;
        _families = families;
        _snapshots = snapshots;
        AddDialog(new WaterfallDialog(nameof(AccountDialog) + ".steps",
        [
            AskNameStepAsync,
            VerifyEmailStepAsync,
            ReturningFamilyStepAsync,
            ResumeOrContinueStepAsync,
            AskPostcodeStepAsync,
            AskTownStepAsync,
            AskOrtsteilStepAsync,
            AskStreetStepAsync,
            SaveStepAsync,
        ]));
        AddDialog(new TextPrompt(NamePrompt, kit, NameValidation.ValidateAsync));
        AddDialog(new Engine.Prompts.PhonePrompt(PhonePrompt, kit));
        AddDialog(new Engine.Prompts.PostcodePrompt(PostcodePrompt, kit, ValidatePostcodeAsync));
        AddDialog(new Engine.Prompts.ChoicePrompt(ChoicePrompt, kit));
        AddDialog(new TextPrompt(OrtsteilPrompt, kit, ValidateOrtsteilAsync));
        AddDialog(new TextPrompt(StreetPrompt, kit, ValidateStreetAsync));
        AddDialog(new ConfirmPrompt(YesNoPrompt, kit));
        AddDialog(emailVerification);
    }

    /// <summary>The draft's edit value that asks only the phone number and the address again.</summary>
    public const string ContactDetailsEdit = "account.contact";

    private static AccountDraft Account(WaterfallStepContext step) => step.Turn.Kita().Draft.Account;

    /// <summary>For a change of contact details, starts at the phone number; otherwise at the beginning.</summary>
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var draft = dc.Turn.Kita().Draft;
        if (draft.Edit != ContactDetailsEdit)
        {
            return await base.BeginAsync(dc, cancellationToken).ConfigureAwait(false);
        }

        draft.Edit = null;
        var inner = CreateInnerContext(dc, dc.ActiveInstance!);
        var result = await inner.BeginWaterfallAtAsync(nameof(AccountDialog) + ".steps", nameof(ReturningFamilyStepAsync), cancellationToken)
            .ConfigureAwait(false);
        return result.Status == DialogTurnStatus.Waiting ? result : await dc.EndDialogAsync(result.Result, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await SendAsync(step, TextId.AccountIntro, cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(NamePrompt, new PromptOptions
        {
            Slot = "family.name",
            Kind = InputKind.Text,
            Prompt = TextId.FamilyNamePrompt,
        }, cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> VerifyEmailStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is TextResult name)
        {
            Account(step).FullName = name.Value;
        }

        return step.BeginDialogAsync(nameof(EmailVerificationDialog), cancellationToken);
    }

    private async Task<DialogTurnResult> ReturningFamilyStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not VerifiedEmail { ExistingFamilyId: { } familyId })
        {
            return await AskPhoneAsync(step, cancellationToken).ConfigureAwait(false);
        }

        var family = await _families.GetAsync(familyId, cancellationToken).ConfigureAwait(false);
        var state = step.Turn.Kita();
        state.FamilyId = familyId;
        if (family is not null)
        {
            CopyAccount(family, state.Draft.Account, _catalog);
        }

        await SendAsync(step, LocalizedText.Of(TextId.WelcomeBack, TextArg.Plain("name", family?.Name ?? string.Empty)), cancellationToken)
            .ConfigureAwait(false);
        if (await _snapshots.ExistsAsync(familyId, cancellationToken).ConfigureAwait(false))
        {
            return await step.PromptAsync(YesNoPrompt, ConfirmPrompt.Options("family.resumeDraft", TextId.ResumeDraftPrompt), cancellationToken)
                .ConfigureAwait(false);
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ResumeOrContinueStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = step.Turn.Kita();
        switch (step.Result)
        {
            case ConfirmResult { Value: true } when state.FamilyId is { } familyId:
                state.PendingResume = await _snapshots.LoadAsync(familyId, cancellationToken).ConfigureAwait(false);
                // The handler puts the saved stack in place at the end of this turn; ending here would let the
                // registration ask for a new child first.
                return state.PendingResume is not null
                    ? DialogTurnResult.Waiting
                    : await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            case ConfirmResult:
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            default:
                return await step.NextAsync(step.Result, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<DialogTurnResult> AskPostcodeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is TextResult phone)
        {
            Account(step).Phone = phone.Value;
        }

        return step.PromptAsync(PostcodePrompt, new PromptOptions
        {
            Slot = "family.postcode",
            Kind = InputKind.Postcode,
            Prompt = TextId.PostcodePrompt,
        }, cancellationToken);
    }

    private Task<DialogTurnResult> AskTownStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var account = Account(step);
        if (step.Result is TextResult postcode)
        {
            account.Postcode = postcode.Value;
        }

        var towns = _catalog.FindByPostcode(account.Postcode!);
        if (towns.Count == 1)
        {
            return step.NextAsync(new ChoiceResult(towns[0].Town.Id), cancellationToken);
        }

        return step.PromptAsync(ChoicePrompt, new PromptOptions
        {
            Slot = "family.town",
            Kind = InputKind.Choice,
            Prompt = TextId.TownPrompt,
            Choices = towns.Select(t => new PromptChoice(t.Town.Id, Verbatim(t.Town.Name))).ToList(),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskOrtsteilStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var account = Account(step);
        if (step.Result is ChoiceResult townChoice)
        {
            account.TownId = townChoice.Value;
        }

        var town = _catalog.FindTownById(account.TownId!)!;
        switch (_catalog.RouteFor(town))
        {
            case OwnProcedureRoute own:
                account.PortalId = null;
                await SendAsync(step, LocalizedText.Of(TextId.OwnProcedure,
                    TextArg.Plain("town", town.Name),
                    TextArg.Plain("office", own.Office.Name),
                    TextArg.Plain("phone", own.Office.Phone ?? "-"),
                    TextArg.Plain("email", own.Office.Email ?? "-"),
                    TextArg.Plain("website", own.Office.Website ?? "-")), cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            case PortalRoute portal:
                account.PortalId = portal.Portal.Id;
                break;
        }

        var ortsteile = _catalog.FindByPostcode(account.Postcode!).FirstOrDefault(m => m.Town.Id == town.Id)?.Ortsteile ?? town.Ortsteile;
        if (ortsteile.Length == 1)
        {
            return await step.NextAsync(new TextResult(ortsteile[0].Name), cancellationToken).ConfigureAwait(false);
        }

        var prompt = LocalizedText.Of(TextId.OrtsteilPrompt, TextArg.Plain("town", town.Name));
        if (ortsteile.Length is > 1 and <= MostOrtsteileAsButtons)
        {
            return await step.PromptAsync(ChoicePrompt, new PromptOptions
            {
                Slot = "family.ortsteil",
                Kind = InputKind.Choice,
                Prompt = prompt,
                Choices = ortsteile.Select(o => new PromptChoice(o.Name, Verbatim(o.Name), [.. o.Aliases])).ToList(),
            }, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(OrtsteilPrompt, new PromptOptions
        {
            Slot = "family.ortsteil",
            Kind = InputKind.Text,
            Prompt = prompt,
        }, cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> AskStreetStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var account = Account(step);
        account.Ortsteil = step.Result switch
        {
            ChoiceResult choice => choice.Value,
            TextResult text => CanonicalOrtsteil(account.TownId!, text.Value),
            _ => account.Ortsteil,
        };

        return step.PromptAsync(StreetPrompt, new PromptOptions
        {
            Slot = "family.street",
            Kind = InputKind.Text,
            Prompt = TextId.StreetPrompt,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> SaveStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = step.Turn.Kita();
        var account = state.Draft.Account;
        if (step.Result is TextResult street)
        {
            account.Street = street.Value;
        }

        var address = StreetAddress.ToPostalAddress(account);
        var tag = LanguageInfo.Of(step.Turn.Language).Tag;
        if (state.FamilyId is { } familyId)
        {
            await _families.UpdateContactDetailsAsync(familyId, new ContactDetails(account.FullName!, account.Phone!, address, tag), cancellationToken)
                .ConfigureAwait(false);
        }
        else
        {
            var family = await _families.CreateAsync(new NewFamily(account.FullName!, account.Email!, account.Phone!, address, tag), cancellationToken)
                .ConfigureAwait(false);
            state.FamilyId = family.Id;
        }

        await SendAsync(step, TextId.AccountSaved, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Copies a stored account into the draft; the portal follows from the town.</summary>
    public static void CopyAccount(Family family, AccountDraft account, IPortalCatalog catalog)
    {
        account.FullName = family.Name;
        account.Email = family.Email;
        account.EmailVerified = true;
        account.Phone = family.Phone;
        account.Postcode = family.Address.Postcode;
        account.TownId = family.Address.TownId;
        account.Ortsteil = family.Address.Ortsteil;
        account.Street = $"{family.Address.Street} {family.Address.HouseNumber}".Trim();
        account.PortalId = catalog.FindTownById(family.Address.TownId) is { } town && catalog.RouteFor(town) is PortalRoute route
            ? route.Portal.Id
            : null;
    }

    private static Task<DialogTurnResult> AskPhoneAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(PhonePrompt, new PromptOptions
        {
            Slot = "family.phone",
            Kind = InputKind.Phone,
            Prompt = TextId.PhonePrompt,
        }, cancellationToken);

    private Task<PromptValidation> ValidatePostcodeAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        var result = context.Recognized switch
        {
            { Succeeded: false } => PromptValidation.Invalid(TextId.PostcodeInvalid),
            { Value: var postcode } when _catalog.FindByPostcode(postcode!).Count == 0 =>
                PromptValidation.Invalid(TextId.PostcodeOutsideDistrict),
            _ => PromptValidation.Valid,
        };
        return Task.FromResult(result);
    }

    private Task<PromptValidation> ValidateOrtsteilAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        var town = _catalog.FindTownById(context.Turn.Kita().Draft.Account.TownId!)!;
        var check = _catalog.CheckOrtsteil(town, context.Recognized.Value ?? string.Empty);
        var result = check.IsKnown || check.MayAcceptAsFreeText
            ? PromptValidation.Valid
            : PromptValidation.Invalid(LocalizedText.Of(TextId.OrtsteilUnknown,
                TextArg.Plain("town", town.Name),
                TextArg.Plain("suggestions", string.Join(", ", check.Suggestions.Select(o => o.Name)))));
        return Task.FromResult(result);
    }

    private static Task<PromptValidation> ValidateStreetAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken) =>
        Task.FromResult(StreetAddress.TrySplit(context.Recognized.Value ?? string.Empty, out _, out _)
            ? PromptValidation.Valid
            : PromptValidation.Invalid(TextId.StreetInvalid));

    private string CanonicalOrtsteil(string townId, string text) =>
        _catalog.CheckOrtsteil(_catalog.FindTownById(townId)!, text).Match?.Name ?? text.Trim();

    private static LocalizedText Verbatim(string value) => LocalizedText.Of(TextId.Verbatim, TextArg.Plain("value", value));

    private Task SendAsync(WaterfallStepContext step, LocalizedText text, CancellationToken cancellationToken) =>
        step.Turn.SendActivityAsync(_presenter.Message(step.Turn, text), cancellationToken);
}
