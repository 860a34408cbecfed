using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Choices;
using KitaBot.Dialogs.Recognizers.Confirm;

namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>Understands yes or no: the Yes/No buttons, yes/no words of the language, or the buttons' titles and numbers.</summary>
internal static class YesNoInput
{
    public static bool? Recognize(PromptKit kit, TurnContext turn)
    {
        switch (PromptInput.PostedValue(turn.Activity))
        {
            case ConfirmPrompt.Yes:
                return true;
            case ConfirmPrompt.No:
                return false;
        }

        var text = PromptInput.Text(turn.Activity);
        var said = kit.YesNo.Recognize(text, turn.Language).Answer;
        if (said != YesNoAnswer.None)
        {
            return said == YesNoAnswer.Yes;
        }

        // "1" / "2" or the button titles typed.
        var buttons = ConfirmPrompt.Choices.Select(c => new Choice(c.Value, kit.Presenter.Render(turn, c.Title).Text)).ToList();
        return kit.Choices.Recognize(text, buttons, turn.Language).Best?.Choice.Value switch
        {
            ConfirmPrompt.Yes => true,
            ConfirmPrompt.No => false,
            _ => null,
        };
    }

    /// <summary>The read-back question: "I understood: {value}. Is that right?" with Yes and No.</summary>
    public static PromptOptions ReadBackOptions(PromptOptions asked, TextArg value) =>
        ConfirmPrompt.Options(asked.Slot, LocalizedText.Of(TextId.ReadBackConfirm, value));
}
