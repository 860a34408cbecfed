using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;

namespace KitaBot.Dialogs.Tests.Engine.Bot;

/// <summary>A component dialog with its own inner stack: the child waterfall and its prompt.</summary>
public sealed class ChildComponent : ComponentDialog
{
    public const string ComponentId = "child";
    public const string InnerPrompt = "childText";

    public ChildComponent(EngineTestState state)
        : base(ComponentId)
    {
        AddDialog(new ChildSteps(state).Create());
        AddDialog(new TextPrompt(InnerPrompt, TestTexts.Kit));
    }
}
