using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Registration.State;

namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>
/// Changes one answer from the review: which child, which answer, then just the questions for that answer.
/// A changed kind of care asks for the Kitas or the childminder that are now missing.
/// </summary>
public sealed class ChangeAnswerDialog : ComponentDialog
{
    private const string Kitas = "kitas";
    private const string Childminder = "childminder";
    private const string ChoicePrompt = "choice";

    public ChangeAnswerDialog(PromptKit kit)
        : base(nameof(ChangeAnswerDialog))
    {
        AddDialog(new WaterfallDialog(nameof(ChangeAnswerDialog) + ".steps",
            [AskChildStepAsync, AskAnswerStepAsync, ChangeStepAsync, CompleteKitasStepAsync, CompleteChildminderStepAsync, FinishStepAsync]));
        AddDialog(new Engine.Prompts.ChoicePrompt(ChoicePrompt, kit));
    }

    private static RegistrationDraft Draft(WaterfallStepContext step) => step.Turn.Kita().Draft;

    private Task<DialogTurnResult> AskChildStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (draft.Children.Count == 1)
        {
            return step.NextAsync(new ChoiceResult("0"), cancellationToken);
        }

        return step.PromptAsync(ChoicePrompt, new PromptOptions
        {
            Slot = "review.child",
            Kind = InputKind.Choice,
            Prompt = TextId.ChangeWhichChildPrompt,
            Choices = draft.Children.Select((child, index) => new PromptChoice(
                index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                LocalizedText.Of(TextId.Verbatim, TextArg.Plain("value", $"{child.FirstName} {child.LastName}")))).ToList(),
        }, cancellationToken);
    }

    private Task<DialogTurnResult> AskAnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        draft.CurrentChild = int.Parse(((ChoiceResult)step.Result!).Value, System.Globalization.CultureInfo.InvariantCulture);
        var choices = new List<PromptChoice>
        {
            new(ChildEdits.Name, TextId.ChangeName),
            new(ChildEdits.Birth, TextId.ChangeBirth),
            new(ChildEdits.Start, TextId.ChangeStart),
            new(ChildEdits.Hours, TextId.ChangeHours),
            new(ChildEdits.Inclusion, TextId.ChangeInclusion),
            new(ChildEdits.CurrentPlace, TextId.ChangeCurrentPlace),
            new(ChildEdits.Siblings, TextId.ChangeSiblings),
            new(ChildEdits.CareType, TextId.ChangeCareType),
        };
        if (draft.Child.Care is CareChoice.Kita or CareChoice.Both)
        {
            choices.Add(new PromptChoice(Kitas, TextId.ChangeKitas));
        }

        if (draft.Child.Care is CareChoice.Childminder or CareChoice.Both)
        {
            choices.Add(new PromptChoice(Childminder, TextId.ChangeChildminder));
        }

        return step.PromptAsync(ChoicePrompt, new PromptOptions
        {
            Slot = "review.answer",
            Kind = InputKind.Choice,
            Prompt = TextId.ChangeWhichAnswerPrompt,
            Choices = choices,
        }, cancellationToken);
    }

    private Task<DialogTurnResult> ChangeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        var answer = ((ChoiceResult)step.Result!).Value;
        switch (answer)
        {
            case Kitas:
                draft.Child.KitaChoices.Clear();
                return step.BeginDialogAsync(nameof(KitaChoiceDialog), cancellationToken);
            case Childminder:
                draft.Child.Childminder = null;
                return step.BeginDialogAsync(nameof(ChildminderDialog), cancellationToken);
            default:
                draft.Edit = answer;
                return step.BeginDialogAsync(nameof(ChildDialog), cancellationToken);
        }
    }

    private Task<DialogTurnResult> CompleteKitasStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var child = Draft(step).Child;
        if (child.Care is CareChoice.Childminder)
        {
            child.KitaChoices.Clear();
        }

        return child.Care is CareChoice.Kita or CareChoice.Both && child.KitaChoices.Count == 0
            ? step.BeginDialogAsync(nameof(KitaChoiceDialog), cancellationToken)
            : step.NextAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> CompleteChildminderStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var child = Draft(step).Child;
        if (child.Care is CareChoice.Kita)
        {
            child.Childminder = null;
        }

        return child.Care is CareChoice.Childminder or CareChoice.Both && child.Childminder is null
            ? step.BeginDialogAsync(nameof(ChildminderDialog), cancellationToken)
            : step.NextAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(null, cancellationToken);
}
