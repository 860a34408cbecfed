using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Presentation;

namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>Asks a yes/no question, with Yes and No buttons; typed yes/no words of every language are understood.</summary>
public sealed class ConfirmPrompt(string id, MessagePresenter presenter, PromptValidator<bool>? validator = null)
    : Prompt<bool>(id, presenter, validator)
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
            _ => YesNo(turn, PromptInput.Text(turn.Activity)),
        };
        return Task.FromResult(new PromptRecognition<bool>(answer is not null, answer ?? false));
    }

    protected override DialogResult ToResult(bool value) => new ConfirmResult(value);

    protected override LocalizedText NotUnderstood(PromptOptions options) => TextId.ConfirmNotUnderstood;

    private bool? YesNo(TurnContext turn, string text)
    {
        var folded = TextFolding.Fold(text);
        if (folded == "1" || folded == TextFolding.Fold(Presenter.Texts.Get(TextId.Yes, turn.Language)))
        {
            return true;
        }

        if (folded == "2" || folded == TextFolding.Fold(Presenter.Texts.Get(TextId.No, turn.Language)))
        {
            return false;
        }

        return null;
    }
}
