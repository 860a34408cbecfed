using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Choices;

namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks to pick one option. A button posts the language-neutral value; typed answers match the value, the title
/// in the current language, a synonym, an ordinal ("the second") or the option's number, tolerating typos.
/// </summary>
public sealed class ChoicePrompt(string id, PromptKit kit, PromptValidator<string>? validator = null)
    : Prompt<string>(id, kit, validator)
{
    protected override Task<PromptRecognition<string>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var choices = options.Choices ?? [];
        var posted = PromptInput.PostedValue(turn.Activity);
        var value = posted is not null
            ? choices.FirstOrDefault(c => c.Value == posted)?.Value
            : Kit.Choices.Recognize(PromptInput.Text(turn.Activity), Candidates(turn, choices), turn.Language).Best?.Choice.Value;
        return Task.FromResult(new PromptRecognition<string>(value is not null, value));
    }

    protected override DialogResult ToResult(string value) => new ChoiceResult(value);

    protected override LocalizedText NotUnderstood(PromptOptions options) =>
        LocalizedText.Of(TextId.ChoiceNotUnderstood, TextArg.Count(options.Choices?.Count ?? 0));

    private List<Choice> Candidates(TurnContext turn, IReadOnlyList<PromptChoice> choices) =>
        choices.Select(c => new Choice(c.Value, Presenter.Render(turn, c.Title).Text, c.Synonyms ?? [])).ToList();
}
