using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Registration.State;

namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>
/// The root: welcome and privacy notice once, then the menu: register a child, continue a saved registration,
/// check registrations, change contact details, or help. Comes back to the menu when a part ends.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    private const string MenuPrompt = "menu";
    private readonly MessagePresenter _presenter;

    public MainDialog(PromptKit kit, IEnumerable<Dialog> sections)
        : base(nameof(MainDialog))
    {
        _presenter = kit.Presenter;
        AddDialog(new WaterfallDialog(nameof(MainDialog) + ".steps", [WelcomeStepAsync, RouteStepAsync, LoopStepAsync]));
        AddDialog(new ChoicePrompt(MenuPrompt, kit));
        foreach (var section in sections)
        {
            AddDialog(section);
        }
    }

    private async Task<DialogTurnResult> WelcomeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = step.Turn.Kita();
        if (!state.Welcomed)
        {
            state.Welcomed = true;
            await step.Turn.SendActivitiesAsync(
                [_presenter.Message(step.Turn, TextId.Welcome), _presenter.Message(step.Turn, TextId.PrivacyNotice)],
                cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(MenuPrompt, new PromptOptions
        {
            Slot = "menu",
            Kind = InputKind.Choice,
            Prompt = TextId.MenuPrompt,
            Choices = MenuChoices.All,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var choice = ((ChoiceResult)step.Result!).Value;
        if (choice == MenuChoices.Help)
        {
            await step.Turn.SendActivityAsync(_presenter.Message(step.Turn, TextId.HelpGeneral), cancellationToken).ConfigureAwait(false);
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.BeginDialogAsync(MenuChoices.DialogFor(choice), cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> LoopStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(nameof(MainDialog) + ".steps", cancellationToken);
}
