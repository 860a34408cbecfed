namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>Asks for free text; empty answers are not accepted.</summary>
public sealed class TextPrompt(string id, PromptKit kit, PromptValidator<string>? validator = null)
    : Prompt<string>(id, kit, validator)
{
    protected override Task<PromptRecognition<string>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = PromptInput.Text(turn.Activity);
        return Task.FromResult(new PromptRecognition<string>(text.Length > 0, text));
    }

    protected override DialogResult ToResult(string value) => new TextResult(value);
}
