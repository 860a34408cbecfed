using KitaBot.Dialogs.Localization;

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
        var answer = YesNoInput.Recognize(Kit, turn);
        return Task.FromResult(new PromptRecognition<bool>(answer is not null, answer ?? false));
    }

    protected override DialogResult ToResult(bool value) => new ConfirmResult(value);

    protected override LocalizedText NotUnderstood(PromptOptions options) => TextId.ConfirmNotUnderstood;
}
