using System.Globalization;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Presentation;

namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks to pick one option. A button posts the language-neutral value; typed answers match the value, the
/// title in the current language, a synonym, or the option's number.
/// </summary>
public sealed class ChoicePrompt(string id, MessagePresenter presenter, PromptValidator<string>? validator = null)
    : Prompt<string>(id, presenter, validator)
{
    protected override Task<PromptRecognition<string>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var choices = options.Choices ?? [];
        var posted = PromptInput.PostedValue(turn.Activity);
        var value = posted is not null
            ? choices.FirstOrDefault(c => c.Value == posted)?.Value
            : Match(turn, choices, PromptInput.Text(turn.Activity));
        return Task.FromResult(new PromptRecognition<string>(value is not null, value));
    }

    protected override DialogResult ToResult(string value) => new ChoiceResult(value);

    protected override LocalizedText NotUnderstood(PromptOptions options) =>
        LocalizedText.Of(TextId.ChoiceNotUnderstood, TextArg.Count(options.Choices?.Count ?? 0));

    private string? Match(TurnContext turn, IReadOnlyList<PromptChoice> choices, string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text.TrimEnd('.', ')'), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= choices.Count)
        {
            return choices[number - 1].Value;
        }

        foreach (var choice in choices)
        {
            var title = Presenter.Render(turn, choice.Title).Text;
            if (string.Equals(text, choice.Value, StringComparison.OrdinalIgnoreCase)
                || SameWords(text, title)
                || (choice.Synonyms ?? []).Any(synonym => SameWords(text, synonym)))
            {
                return choice.Value;
            }
        }

        return null;
    }

    private static bool SameWords(string a, string b) =>
        CultureInfo.InvariantCulture.CompareInfo.Compare(a, b, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) == 0;
}
