using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>Asks for an e-mail address; ends with the address found in the answer.</summary>
public sealed class EmailPrompt(string id, PromptKit kit, PromptValidator<string>? validator = null)
    : Prompt<string>(id, kit, validator)
{
    protected override Task<PromptRecognition<string>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var found = Kit.Emails.Recognize(PromptInput.Text(turn.Activity));
        return Task.FromResult(found.Count == 1 ? new PromptRecognition<string>(true, found[0].Address) : default);
    }

    protected override DialogResult ToResult(string value) => new TextResult(value);

    protected override LocalizedText NotUnderstood(PromptOptions options) => TextId.EmailInvalid;

    /// <summary>Read back spelled out, character by character.</summary>
    protected override TextArg? ReadBackValue(string value, PromptOptions options) => TextArg.Reference("value", value);
}
