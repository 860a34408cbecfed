using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Registration.Rules;
using KitaBot.Dialogs.Registration.State;
using KitaBot.Storage.Catalog.Model;
using KitaBot.Storage.Model;

namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>
/// Pre-registers one child (Voranmeldung): name, date of birth or due date, start date, weekly hours, the need
/// for an inclusive place with consent for health data, a current place (Wechselwunsch), siblings in care and
/// the kind of care. One question per step; age-based advice as soon as the ages are known.
/// </summary>
public sealed class ChildDialog : ComponentDialog
{
    private const string NamePrompt = "name";
    private const string OptionalTextPrompt = "optionalText";
    private const string YesNoPrompt = "yesNo";
    private const string ChoicePrompt = "choice";
    private const string BirthDatePrompt = "birthDate";
    private const string DueDatePrompt = "dueDate";
    private const string StartDatePrompt = "startDate";
    // KiBiz § 5: the need should be registered six months before the start.
    private const int ShortNoticeMonths = 6;

    private readonly MessagePresenter _presenter;

    public ChildDialog(PromptKit kit)
        : base(nameof(ChildDialog))
    {
        _presenter = kit.Presenter;
        AddDialog(new WaterfallDialog(nameof(ChildDialog) + ".steps",
        [
            AskFirstNameStepAsync,
            AskLastNameStepAsync,
            AskBornStepAsync,
            AskBirthDateStepAsync,
            AskStartDateStepAsync,
            AskHoursStepAsync,
            AskPatternStepAsync,
            AskInclusivePlaceStepAsync,
            AskHealthConsentStepAsync,
            AskInclusionNoteStepAsync,
            AskCurrentPlaceStepAsync,
            AskSiblingsStepAsync,
            AskCareTypeStepAsync,
            FinishStepAsync,
        ]));
        AddDialog(new TextPrompt(NamePrompt, kit, NameValidation.ValidateAsync));
        AddDialog(new TextPrompt(OptionalTextPrompt, kit));
        AddDialog(new ConfirmPrompt(YesNoPrompt, kit));
        AddDialog(new Engine.Prompts.ChoicePrompt(ChoicePrompt, kit));
        AddDialog(new DatePrompt(BirthDatePrompt, kit, DateSense.Past, ChildDateValidation.BirthDateAsync));
        AddDialog(new DatePrompt(DueDatePrompt, kit, DateSense.Future, ChildDateValidation.DueDateAsync));
        AddDialog(new DatePrompt(StartDatePrompt, kit, DateSense.Future, ChildDateValidation.StartDateAsync));
    }

    private static ChildDraft Child(WaterfallStepContext step) => step.Turn.Kita().Draft.Child;

    /// <summary>The steps that ask each answer the review can change, and the step where that change is complete.</summary>
    public static IReadOnlyDictionary<string, (string From, string Until)> Edits { get; } = new Dictionary<string, (string, string)>
    {
        [ChildEdits.Name] = (nameof(AskFirstNameStepAsync), nameof(AskBornStepAsync)),
        [ChildEdits.Birth] = (nameof(AskBornStepAsync), nameof(AskStartDateStepAsync)),
        [ChildEdits.Start] = (nameof(AskStartDateStepAsync), nameof(AskHoursStepAsync)),
        [ChildEdits.Hours] = (nameof(AskHoursStepAsync), nameof(AskInclusivePlaceStepAsync)),
        [ChildEdits.Inclusion] = (nameof(AskInclusivePlaceStepAsync), nameof(AskCurrentPlaceStepAsync)),
        [ChildEdits.CurrentPlace] = (nameof(AskCurrentPlaceStepAsync), nameof(AskSiblingsStepAsync)),
        [ChildEdits.Siblings] = (nameof(AskSiblingsStepAsync), nameof(AskCareTypeStepAsync)),
        [ChildEdits.CareType] = (nameof(AskCareTypeStepAsync), nameof(FinishStepAsync)),
    };

    /// <summary>When the review asked to change one answer, asks just that part.</summary>
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Turn.Kita().Draft.Edit is not { } edit || !Edits.TryGetValue(edit, out var range))
        {
            return await base.BeginAsync(dc, cancellationToken).ConfigureAwait(false);
        }

        var inner = CreateInnerContext(dc, dc.ActiveInstance!);
        var result = await inner.BeginWaterfallAtAsync(nameof(ChildDialog) + ".steps", range.From, cancellationToken).ConfigureAwait(false);
        return result.Status == DialogTurnStatus.Waiting ? result : await dc.EndDialogAsync(result.Result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True, and the edit finished, when this step completes the answer being changed.</summary>
    private static bool EditCompleteAt(WaterfallStepContext step)
    {
        var draft = step.Turn.Kita().Draft;
        if (draft.Edit is { } edit && Edits.TryGetValue(edit, out var range) && range.Until == step.StepName)
        {
            draft.Edit = null;
            return true;
        }

        return false;
    }

    private static TextArg ChildName(WaterfallStepContext step) => TextArg.Plain("name", Child(step).FirstName ?? string.Empty);

    private Task<DialogTurnResult> AskFirstNameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(NamePrompt, new PromptOptions
        {
            Slot = "child.firstName",
            Kind = InputKind.Text,
            Prompt = TextId.ChildFirstNamePrompt,
        }, cancellationToken);

    private Task<DialogTurnResult> AskLastNameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is TextResult firstName)
        {
            Child(step).FirstName = firstName.Value;
        }

        return step.PromptAsync(NamePrompt, new PromptOptions
        {
            Slot = "child.lastName",
            Kind = InputKind.Text,
            Prompt = LocalizedText.Of(TextId.ChildLastNamePrompt, ChildName(step)),
        }, cancellationToken);
    }

    private Task<DialogTurnResult> AskBornStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is TextResult lastName)
        {
            Child(step).LastName = lastName.Value;
        }

        if (EditCompleteAt(step))
        {
            return step.EndDialogAsync(null, cancellationToken);
        }

        return step.PromptAsync(YesNoPrompt,
            ConfirmPrompt.Options("child.born", LocalizedText.Of(TextId.ChildBornPrompt, ChildName(step))), cancellationToken);
    }

    private Task<DialogTurnResult> AskBirthDateStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is ConfirmResult born)
        {
            Child(step).Unborn = !born.Value;
        }

        return Child(step).Unborn
            ? step.PromptAsync(DueDatePrompt, new PromptOptions
            {
                Slot = "child.dueDate",
                Kind = InputKind.Date,
                Prompt = TextId.ChildDueDatePrompt,
            }, cancellationToken)
            : step.PromptAsync(BirthDatePrompt, new PromptOptions
            {
                Slot = "child.dateOfBirth",
                Kind = InputKind.Date,
                Prompt = LocalizedText.Of(TextId.ChildBirthDatePrompt, ChildName(step)),
            }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskStartDateStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is DateResult birth)
        {
            Child(step).BirthDate = birth.Date;
        }

        if (EditCompleteAt(step))
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // The year families register for now: the one that starts on the next 1 August, not the one running.
        var year = KitaYear.Containing(step.Turn.Today).Next;
        await SendAsync(step, LocalizedText.Of(TextId.KitaYearExplained,
            TextArg.Date("start", year.Start), TextArg.Date("end", year.End)), cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(StartDatePrompt, new PromptOptions
        {
            Slot = "child.startDate",
            Kind = InputKind.Date,
            Prompt = LocalizedText.Of(TextId.ChildStartDatePrompt, ChildName(step)),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskHoursStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var child = Child(step);
        if (step.Result is DateResult start)
        {
            child.DesiredStart = start.Date;
            if (start.Date < step.Turn.Today.AddMonths(ShortNoticeMonths))
            {
                await SendAsync(step, TextId.StartShortNoticeWarning, cancellationToken).ConfigureAwait(false);
            }

            await SendAsync(step, AgeAdvice.For(child), cancellationToken).ConfigureAwait(false);
        }

        if (EditCompleteAt(step))
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(ChoicePrompt, new PromptOptions
        {
            Slot = "child.weeklyHours",
            Kind = InputKind.Choice,
            Prompt = LocalizedText.Of(TextId.ChildHoursPrompt, ChildName(step)),
            Choices =
            [
                new(nameof(WeeklyHours.Hours25), TextId.Hours25),
                new(nameof(WeeklyHours.Hours35), TextId.Hours35),
                new(nameof(WeeklyHours.Hours45), TextId.Hours45),
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskPatternStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var child = Child(step);
        if (step.Result is ChoiceResult hours)
        {
            child.Hours = Enum.Parse<WeeklyHours>(hours.Value);
            child.Pattern = null;
        }

        if (child.Hours == WeeklyHours.Hours45 && step.Turn.Kita().Draft.Account.PortalId == PortalIds.KreisSteinfurt)
        {
            await SendAsync(step, TextId.Hours45NeedsDeclaration, cancellationToken).ConfigureAwait(false);
        }

        if (child.Hours != WeeklyHours.Hours35)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(ChoicePrompt, new PromptOptions
        {
            Slot = "child.carePattern",
            Kind = InputKind.Choice,
            Prompt = TextId.ChildPatternPrompt,
            Choices = [new(nameof(HoursPattern.Block), TextId.PatternBlock), new(nameof(HoursPattern.Split), TextId.PatternSplit)],
        }, cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> AskInclusivePlaceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is ChoiceResult pattern)
        {
            Child(step).Pattern = Enum.Parse<HoursPattern>(pattern.Value);
        }

        if (EditCompleteAt(step))
        {
            return step.EndDialogAsync(null, cancellationToken);
        }

        return step.PromptAsync(YesNoPrompt,
            ConfirmPrompt.Options("child.inclusivePlace", LocalizedText.Of(TextId.ChildInclusivePrompt, ChildName(step))), cancellationToken);
    }

    private Task<DialogTurnResult> AskHealthConsentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var child = Child(step);
        if (step.Result is ConfirmResult inclusive)
        {
            child.NeedsInclusivePlace = inclusive.Value;
        }

        if (child.NeedsInclusivePlace != true)
        {
            child.InclusionNote = null;
            child.HealthDataConsentAt = null;
            return step.NextAsync(null, cancellationToken);
        }

        return step.PromptAsync(YesNoPrompt, ConfirmPrompt.Options("child.healthDataConsent", TextId.HealthConsentPrompt), cancellationToken);
    }

    private async Task<DialogTurnResult> AskInclusionNoteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var child = Child(step);
        if (step.Result is ConfirmResult consent)
        {
            child.HealthDataConsentAt = consent.Value ? step.Turn.TimeProvider.GetUtcNow() : null;
            if (!consent.Value)
            {
                child.InclusionNote = null;
                await SendAsync(step, TextId.HealthConsentDeclined, cancellationToken).ConfigureAwait(false);
            }
        }

        if (child.HealthDataConsentAt is null)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(OptionalTextPrompt, new PromptOptions
        {
            Slot = "child.inclusionNote",
            Kind = InputKind.Text,
            Prompt = TextId.InclusionNotePrompt,
        }, cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> AskCurrentPlaceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is TextResult note)
        {
            Child(step).InclusionNote = OptionalAnswers.ValueOrNull(note.Value);
        }

        if (EditCompleteAt(step))
        {
            return step.EndDialogAsync(null, cancellationToken);
        }

        var child = Child(step);
        if (child.Unborn)
        {
            // A child not born yet has no place anywhere, so there is nothing to ask (and no Wechselwunsch).
            child.HasPlaceAlready = false;
            child.CurrentPlaceIsChildminder = false;
            return step.NextAsync(null, cancellationToken);
        }

        return step.PromptAsync(ChoicePrompt, new PromptOptions
        {
            Slot = "child.currentPlace",
            Kind = InputKind.Choice,
            Prompt = LocalizedText.Of(TextId.ChildCurrentPlacePrompt, ChildName(step)),
            Choices =
            [
                new(CurrentPlaces.None, TextId.CurrentPlaceNone),
                new(CurrentPlaces.Kita, TextId.CurrentPlaceKita),
                new(CurrentPlaces.Childminder, TextId.CurrentPlaceChildminder),
            ],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskSiblingsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var child = Child(step);
        if (step.Result is ChoiceResult place)
        {
            child.HasPlaceAlready = place.Value != CurrentPlaces.None;
            child.CurrentPlaceIsChildminder = place.Value == CurrentPlaces.Childminder;
            if (Wechselwunsch.ChildminderToKitaAtThree(child))
            {
                await SendAsync(step, TextId.ChildminderToKitaNoChangeRequest, cancellationToken).ConfigureAwait(false);
            }
        }

        if (EditCompleteAt(step))
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(OptionalTextPrompt, new PromptOptions
        {
            Slot = "child.siblingsInCare",
            Kind = InputKind.Text,
            Prompt = TextId.SiblingsPrompt,
        }, cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> AskCareTypeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is TextResult siblings)
        {
            Child(step).SiblingsInCare = OptionalAnswers.ValueOrNull(siblings.Value);
        }

        if (EditCompleteAt(step))
        {
            return step.EndDialogAsync(null, cancellationToken);
        }

        return step.PromptAsync(ChoicePrompt, new PromptOptions
        {
            Slot = "child.careType",
            Kind = InputKind.Choice,
            Prompt = LocalizedText.Of(TextId.CareTypePrompt, ChildName(step)),
            Choices =
            [
                new(nameof(CareChoice.Kita), TextId.CareTypeKita),
                new(nameof(CareChoice.Childminder), TextId.CareTypeChildminder),
                new(nameof(CareChoice.Both), TextId.CareTypeBoth),
            ],
        }, cancellationToken);
    }

    private Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is ChoiceResult careType)
        {
            Child(step).Care = Enum.Parse<CareChoice>(careType.Value);
        }

        EditCompleteAt(step);
        return step.EndDialogAsync(null, cancellationToken);
    }

    private Task SendAsync(WaterfallStepContext step, LocalizedText text, CancellationToken cancellationToken) =>
        step.Turn.SendActivityAsync(_presenter.Message(step.Turn, text), cancellationToken);
}
