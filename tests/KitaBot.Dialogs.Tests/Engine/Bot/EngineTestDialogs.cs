using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Tests.Engine.Bot;

/// <summary>
/// Builds the test bot's dialogs for one turn. The steps write answers into the typed state, so the set is
/// built per turn around that turn's state; ids and step names stay the same, which is what is persisted.
/// </summary>
public static class EngineTestDialogs
{
    public const string TextPrompt = "text";
    public const string NamePrompt = "name";

    public static Func<EngineTestState, DialogSet> Factory(ProfileVariant profile = ProfileVariant.Original) => state =>
    {
        var set = new DialogSet()
            .Add(new MainSteps(state).Create())
            .Add(new FamilySteps(state).Create())
            .Add(new ChildComponent(state))
            .Add(new LoopSteps(state).Create())
            .Add(new SkipSteps(state).CreateSkip())
            .Add(new SkipSteps(state).CreateTwice())
            .Add(new TextPrompt(TextPrompt, TestTexts.Kit))
            .Add(new TextPrompt(NamePrompt, TestTexts.Kit, ValidateNameAsync));
        if (profile != ProfileVariant.Missing)
        {
            set.Add(new ProfileSteps(state).Create(profile));
        }

        return set;
    };

    /// <summary>A name needs two letters; the reason is told before the question is asked again.</summary>
    public static Task<PromptValidation> ValidateNameAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Recognized switch
        {
            { Succeeded: false } => PromptValidation.Invalid(TextId.PromptNotUnderstood),
            { Value.Length: < 2 } => PromptValidation.Invalid(Say.Text("A name needs at least two letters.")),
            _ => PromptValidation.Valid,
        });
}
