using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Choices;
using KitaBot.Dialogs.Recognizers.Confirm;

namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>Asks a yes/no question with Yes and No buttons; yes/no words of every language, colloquial ones too, are understood.</summary>
public sealed class ConfirmPrompt(string id, PromptKit kit, PromptValidator<bool>? validator = null)
    : Prompt<bool>(id, kit, validator)
{
    public const string Yes = "yes";
    public const string No = "no";

    /// <summary>The buttons every confirm prompt shows.</summary>
    public static IReadOnlyList<PromptChoice> Choices { get; } = [new(Yes, TextId.Yes), new(No, TextId.No)];

    /// <summary>Options for a yes/no question with the Yes and No buttons.</summary>
    public static PromptOptions Options(string slot, LocalizedText question) =>
        new() { Slot = slot, Kind = InputKind.Confirm, Prompt = question, Choices = Choices };

    protected override Task<PromptRecognition<bool>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var answer = PromptInput.PostedValue(turn.Activity) switch
        {
            Yes => true,
            No => false,
            _ => Typed(turn, PromptInput.Text(turn.Activity)),
        };
        return Task.FromResult(new PromptRecognition<bool>(answer is not null, answer ?? false));
    }

    protected override DialogResult ToResult(bool value) => new ConfirmResult(value);

    protected override LocalizedText NotUnderstood(PromptOptions options) => TextId.ConfirmNotUnderstood;

    private bool? Typed(TurnContext turn, string text)
    {
        var said = Kit.YesNo.Recognize(text, turn.Language).Answer;
        if (said != YesNoAnswer.None)
        {
            return said == YesNoAnswer.Yes;
        }

        // "1" / "2" or the button titles typed.
        var buttons = Choices.Select(c => new Choice(c.Value, Presenter.Render(turn, c.Title).Text)).ToList();
        return Kit.Choices.Recognize(text, buttons, turn.Language).Best?.Choice.Value switch
        {
            Yes => true,
            No => false,
            _ => null,
        };
    }
}
