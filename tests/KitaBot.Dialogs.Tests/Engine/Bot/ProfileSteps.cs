using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;

namespace KitaBot.Dialogs.Tests.Engine.Bot;

/// <summary>The "profile" waterfall: name (validated), city, then it ends with a summary.</summary>
public sealed class ProfileSteps(EngineTestState state)
{
    public const string Id = "profile";

    public WaterfallDialog Create(ProfileVariant variant) => variant switch
    {
        ProfileVariant.RenamedStep => new WaterfallDialog(Id, [AskFullNameAsync, AskCityAsync, SummariseAsync]),
        ProfileVariant.Reordered => new WaterfallDialog(Id, [AskCityAsync, AskNameAsync, SummariseAsync]),
        _ => new WaterfallDialog(Id, [AskNameAsync, AskCityAsync, SummariseAsync]),
    };

    public static PromptOptions NameQuestion { get; } = new()
    {
        Slot = "profile.name",
        Kind = InputKind.Text,
        Prompt = Say.Text("What is your name?"),
        RetryPrompt = Say.Text("Please type your name."),
    };

    private Task<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(EngineTestDialogs.NamePrompt, NameQuestion, cancellationToken);

    /// <summary>The same question under a new step name, as a later deploy might have it.</summary>
    private Task<DialogTurnResult> AskFullNameAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(EngineTestDialogs.NamePrompt, NameQuestion with { Prompt = Say.Text("What is your full name?") }, cancellationToken);

    private Task<DialogTurnResult> AskCityAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is TextResult name)
        {
            state.Name = name.Value;
        }

        return step.PromptAsync(EngineTestDialogs.TextPrompt, new PromptOptions
        {
            Slot = "profile.city",
            Kind = InputKind.Text,
            Prompt = Say.Text("Which city do you live in?"),
        }, cancellationToken);
    }

    private Task<DialogTurnResult> SummariseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is TextResult city)
        {
            state.City = city.Value;
        }

        return step.EndDialogAsync(new TextResult($"{state.Name} in {state.City}"), cancellationToken);
    }
}
