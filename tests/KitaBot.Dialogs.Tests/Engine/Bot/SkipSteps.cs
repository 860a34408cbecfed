using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;

namespace KitaBot.Dialogs.Tests.Engine.Bot;

/// <summary>
/// The "skip" waterfall skips the name question when the name is known (<c>NextAsync</c>); the "twice" waterfall
/// wrongly calls <c>NextAsync</c> twice in one step, which the engine must refuse.
/// </summary>
public sealed class SkipSteps(EngineTestState state)
{
    public const string SkipId = "skip";
    public const string TwiceId = "twice";

    public WaterfallDialog CreateSkip() => new(SkipId, [AskNameUnlessKnownAsync, GreetAsync]);

    public WaterfallDialog CreateTwice() => new(TwiceId, [SkipTwiceAsync, AskAfterSkipAsync, EndAfterSkipAsync]);

    private Task<DialogTurnResult> AskNameUnlessKnownAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        state.Name is { } known
            ? step.NextAsync(new TextResult(known), cancellationToken)
            : step.PromptAsync(EngineTestDialogs.NamePrompt, ProfileSteps.NameQuestion, cancellationToken);

    private async Task<DialogTurnResult> GreetAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        state.Name = ((TextResult)step.Result!).Value;
        await step.Turn.SendActivityAsync(TestTexts.Presenter.Message(step.Turn, Say.Text($"Hello {state.Name}.")), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> SkipTwiceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.NextAsync(null, cancellationToken);
        return await step.NextAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> AskAfterSkipAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(EngineTestDialogs.TextPrompt, new PromptOptions
        {
            Slot = "twice.after",
            Kind = InputKind.Text,
            Prompt = Say.Text("Asked after the skip."),
        }, cancellationToken);

    private Task<DialogTurnResult> EndAfterSkipAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(step.Result, cancellationToken);
}
