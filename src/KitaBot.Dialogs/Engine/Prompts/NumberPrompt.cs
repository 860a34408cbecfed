using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Numbers;

namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>Asks for a whole number, in digits or in words of the family's language.</summary>
public sealed class NumberPrompt(string id, PromptKit kit, PromptValidator<int>? validator = null)
    : Prompt<int>(id, kit, validator)
{
    protected override Task<PromptRecognition<int>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var match = Kit.Numbers.Recognize(PromptInput.Text(turn.Activity), turn.Language)
            .FirstOrDefault(m => m.Kind == NumberKind.Cardinal && m.Value is >= int.MinValue and <= int.MaxValue);
        return Task.FromResult(match is null ? default : new PromptRecognition<int>(true, (int)match.Value));
    }

    protected override DialogResult ToResult(int value) => new NumberResult(value);

    protected override LocalizedText NotUnderstood(PromptOptions options) => TextId.NumberNotUnderstood;
}
