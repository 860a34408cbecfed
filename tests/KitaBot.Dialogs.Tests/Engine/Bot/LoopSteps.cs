using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;

namespace KitaBot.Dialogs.Tests.Engine.Bot;

/// <summary>The "loop" waterfall: collects items by replacing itself until the user says "done".</summary>
public sealed class LoopSteps(EngineTestState state)
{
    public const string Id = "loop";

    public WaterfallDialog Create() => new(Id, [AskItemAsync, CollectItemAsync]);

    private Task<DialogTurnResult> AskItemAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(EngineTestDialogs.TextPrompt, new PromptOptions
        {
            Slot = "loop.item",
            Kind = InputKind.Text,
            Prompt = Say.Text($"Item {state.Items.Count + 1}? Say done to finish."),
        }, cancellationToken);

    private Task<DialogTurnResult> CollectItemAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var item = ((TextResult)step.Result!).Value;
        if (string.Equals(item, "done", StringComparison.OrdinalIgnoreCase))
        {
            return step.EndDialogAsync(new TextResult(string.Join(", ", state.Items)), cancellationToken);
        }

        state.Items.Add(item);
        return step.ReplaceDialogAsync(Id, cancellationToken);
    }
}
