using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;

namespace KitaBot.Dialogs.Tests.Engine.Bot;

/// <summary>The waterfall inside the "child" component: the child's name, then age.</summary>
public sealed class ChildSteps(EngineTestState state)
{
    public const string Id = "childDetails";

    public WaterfallDialog Create() => new(Id, [AskChildNameAsync, AskChildAgeAsync, FinishChildAsync]);

    private Task<DialogTurnResult> AskChildNameAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(ChildComponent.InnerPrompt, new PromptOptions
        {
            Slot = "child.name",
            Kind = InputKind.Text,
            Prompt = Say.Text("What is your child's name?"),
        }, cancellationToken);

    private Task<DialogTurnResult> AskChildAgeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is TextResult name)
        {
            state.ChildName = name.Value;
        }

        return step.PromptAsync(ChildComponent.InnerPrompt, new PromptOptions
        {
            Slot = "child.age",
            Kind = InputKind.Text,
            Prompt = Say.Text("How old is your child?"),
        }, cancellationToken);
    }

    private Task<DialogTurnResult> FinishChildAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is TextResult age)
        {
            state.ChildAge = age.Value;
        }

        return step.EndDialogAsync(new TextResult($"{state.ChildName} ({state.ChildAge})"), cancellationToken);
    }
}
