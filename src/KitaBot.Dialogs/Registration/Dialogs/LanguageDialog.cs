using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Registration.State;

namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>Lets the family pick its language from a list in each language's own name. No answer is lost.</summary>
public sealed class LanguageDialog : ComponentDialog
{
    private const string LanguagePrompt = "language";
    private readonly MessagePresenter _presenter;

    public LanguageDialog(PromptKit kit)
        : base(nameof(LanguageDialog))
    {
        _presenter = kit.Presenter;
        AddDialog(new WaterfallDialog(nameof(LanguageDialog) + ".steps", [AskLanguageStepAsync, SwitchStepAsync]));
        AddDialog(new ChoicePrompt(LanguagePrompt, kit));
    }

    public static IReadOnlyList<PromptChoice> Choices { get; } = LanguageInfo.All
        .Select(info => new PromptChoice(info.Tag, LocalizedText.Of(TextId.Verbatim, TextArg.Plain("value", info.NativeName)), [info.Code]))
        .ToArray();

    private Task<DialogTurnResult> AskLanguageStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(LanguagePrompt, new PromptOptions
        {
            Slot = "conversation.language",
            Kind = InputKind.Choice,
            Prompt = TextId.LanguagePrompt,
            Choices = Choices,
        }, cancellationToken);

    private async Task<DialogTurnResult> SwitchStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var chosen = LanguageInfo.FromLocale(((ChoiceResult)step.Result!).Value)!;
        step.Turn.Language = chosen.Language;
        var state = step.Turn.Kita();
        state.Language = chosen.Language;
        state.LanguageSettled = true;
        await step.Turn.SendActivityAsync(
            _presenter.Message(step.Turn, LocalizedText.Of(TextId.LanguageSwitched, TextArg.Plain("language", chosen.NativeName))),
            cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
