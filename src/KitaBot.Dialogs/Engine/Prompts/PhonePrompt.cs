using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>Asks for a phone number; ends with it in E.164 form (+49…).</summary>
public sealed class PhonePrompt(string id, PromptKit kit, PromptValidator<string>? validator = null)
    : Prompt<string>(id, kit, validator)
{
    protected override Task<PromptRecognition<string>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var found = Kit.Phones.Recognize(PromptInput.Text(turn.Activity));
        return Task.FromResult(found.Count == 1 ? new PromptRecognition<string>(true, found[0].E164) : default);
    }

    protected override DialogResult ToResult(string value) => new TextResult(value);

    protected override LocalizedText NotUnderstood(PromptOptions options) => TextId.PhoneInvalid;

    /// <summary>Read back digit by digit.</summary>
    protected override TextArg? ReadBackValue(string value, PromptOptions options) => TextArg.Reference("value", value);
}
