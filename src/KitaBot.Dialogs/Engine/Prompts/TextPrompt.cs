using KitaBot.Dialogs.Localization;

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

    /// <summary>
    /// Names are read back spelled out. A text prompt asks for a name when its slot's last part ends in "name"
    /// (<c>family.name</c>, <c>child.firstName</c>, <c>childminder.name</c>), the naming rule of our slots.
    /// </summary>
    protected override TextArg? ReadBackValue(string value, PromptOptions options) =>
        IsNameSlot(options.Slot) ? TextArg.Reference("value", value) : null;

    private static bool IsNameSlot(string slot) =>
        slot[(slot.LastIndexOf('.') + 1)..].EndsWith("name", StringComparison.OrdinalIgnoreCase);
}
