using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;

namespace KitaBot.Dialogs.Tests.Engine.Bot;

/// <summary>The "family" waterfall: the parent's name, the "child" component, then a note.</summary>
public sealed class FamilySteps(EngineTestState state)
{
    public const string Id = "family";

    public WaterfallDialog Create() => new(Id, [AskParentAsync, StartChildAsync, AskNoteAsync, FinishFamilyAsync]);

    private Task<DialogTurnResult> AskParentAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(EngineTestDialogs.TextPrompt, new PromptOptions
        {
            Slot = "family.parent",
            Kind = InputKind.Text,
            Prompt = Say.Text("What is the parent's name?"),
        }, cancellationToken);

    private Task<DialogTurnResult> StartChildAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // "Back" runs a step again with no result: keep the answer it stored the first time.
        if (step.Result is TextResult parent)
        {
            state.ParentName = parent.Value;
        }

        return step.BeginDialogAsync(ChildComponent.ComponentId, cancellationToken);
    }

    private Task<DialogTurnResult> AskNoteAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(EngineTestDialogs.TextPrompt, new PromptOptions
        {
            Slot = "family.note",
            Kind = InputKind.Text,
            Prompt = Say.Text($"Noted {(step.Result as TextResult)?.Value}. Any note?"),
        }, cancellationToken);

    private Task<DialogTurnResult> FinishFamilyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is TextResult note)
        {
            state.Comment = note.Value;
        }

        return step.EndDialogAsync(new TextResult($"{state.ParentName} with {state.ChildName}"), cancellationToken);
    }
}
