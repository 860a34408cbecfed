using System.Globalization;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Presentation;

namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>Asks for a whole number.</summary>
public sealed class NumberPrompt(string id, MessagePresenter presenter, PromptValidator<int>? validator = null)
    : Prompt<int>(id, presenter, validator)
{
    protected override Task<PromptRecognition<int>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var ok = int.TryParse(PromptInput.Text(turn.Activity), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number);
        return Task.FromResult(new PromptRecognition<int>(ok, number));
    }

    protected override DialogResult ToResult(int value) => new NumberResult(value);

    protected override LocalizedText NotUnderstood(PromptOptions options) => TextId.NumberNotUnderstood;
}
