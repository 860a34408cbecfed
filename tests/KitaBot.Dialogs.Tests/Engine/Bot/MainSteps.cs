using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;

namespace KitaBot.Dialogs.Tests.Engine.Bot;

/// <summary>The "main" waterfall: a greeting question, the nested "profile" waterfall, then a comment.</summary>
public sealed class MainSteps(EngineTestState state)
{
    public const string Id = "main";

    public WaterfallDialog Create() => new(Id, [AskGreetingAsync, StartProfileAsync, AskCommentAsync, FinishMainAsync]);

    private Task<DialogTurnResult> AskGreetingAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(EngineTestDialogs.TextPrompt, new PromptOptions
        {
            Slot = "main.greeting",
            Kind = InputKind.Text,
            Prompt = Say.Text("How are you?"),
        }, cancellationToken);

    private Task<DialogTurnResult> StartProfileAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is TextResult greeting)
        {
            state.Greeting = greeting.Value;
        }

        return step.BeginDialogAsync(ProfileSteps.Id, cancellationToken);
    }

    private Task<DialogTurnResult> AskCommentAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(EngineTestDialogs.TextPrompt, new PromptOptions
        {
            Slot = "main.comment",
            Kind = InputKind.Text,
            Prompt = Say.Text("Any comment?"),
        }, cancellationToken);

    private Task<DialogTurnResult> FinishMainAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is TextResult comment)
        {
            state.Comment = comment.Value;
        }

        return step.EndDialogAsync(new TextResult("main complete"), cancellationToken);
    }
}
