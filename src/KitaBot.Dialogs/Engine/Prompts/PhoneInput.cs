using KitaBot.Dialogs.Presentation.Voice;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>
/// Phone input for a waiting prompt: keypad presses (collected until <c>#</c> for numeric answers, at once for
/// options) and option numbers said aloud, both counted on the page of options read out last.
/// </summary>
internal static class PhoneInput
{
    /// <summary>
    /// What a keypad press or a spoken option number means here: a digit collected for later, the next page of
    /// options, an option chosen by its number on the page read out, or the activity's own answer.
    /// </summary>
    public static ResolvedInput Resolve(PromptKit kit, TurnContext turn, DialogInstance instance, char? key)
    {
        var options = instance.Prompt!;
        if (key is not { } pressed)
        {
            instance.KeypadDigits = null;
            return ChannelIds.IsVoice(turn.Activity.ChannelId) && options.Choices is { Count: > VoiceOptionPages.MaxSpoken }
                && SpokenNumber(kit, turn) is { } spoken
                    ? ByNumber(instance, spoken)
                    : ResolvedInput.AsSent;
        }

        if (KeypadInput.Collects(options.Kind))
        {
            return Collect(instance, pressed);
        }

        return options.Choices is { Count: > 0 } && char.IsAsciiDigit(pressed)
            ? ByNumber(instance, pressed - '0')
            : ResolvedInput.AsSent;
    }

    private static ResolvedInput Collect(DialogInstance instance, char pressed)
    {
        var options = instance.Prompt!;
        if (char.IsAsciiDigit(pressed))
        {
            var digits = (instance.KeypadDigits ?? string.Empty) + pressed;
            instance.KeypadDigits = digits.Length <= KeypadInput.MaxDigits ? digits : digits[..KeypadInput.MaxDigits];
            return ResolvedInput.Collecting;
        }

        var typed = instance.KeypadDigits ?? string.Empty;
        instance.KeypadDigits = null;
        if (pressed == KeypadInput.Clear)
        {
            return ResolvedInput.Collecting;
        }

        // One digit and # picks an option, such as "send a new code" at the code question.
        return options.Choices is { Count: > 0 } && typed.Length == 1
            ? ByNumber(instance, typed[0] - '0')
            : ResolvedInput.Substitute(KeypadInput.AsAnswer(options.Kind, typed), postedValue: null);
    }

    /// <summary>The option with this number on the page read out last; a number that names none is not understood.</summary>
    private static ResolvedInput ByNumber(DialogInstance instance, int number)
    {
        var page = VoiceOptionPages.Page(instance.Prompt!.Choices ?? [], instance.VoicePage);
        if (page.IsMore(number))
        {
            return ResolvedInput.More;
        }

        return page.OptionFor(number) is { } option
            ? ResolvedInput.Substitute(text: null, option.Value)
            : ResolvedInput.Substitute(string.Empty, postedValue: null);
    }

    /// <summary>A spoken answer that is only a number ("two", "2", "the second"), as option numbers are said.</summary>
    private static int? SpokenNumber(PromptKit kit, TurnContext turn)
    {
        var text = (turn.Activity.Text ?? string.Empty).Trim().TrimEnd('.', '!', '?');
        if (text.Length == 0)
        {
            return null;
        }

        var matches = kit.Numbers.Recognize(text, turn.Language);
        return matches is [{ Value: >= 0 and <= 99 } only] && only.Length >= text.Length - 4 ? (int)only.Value : null;
    }
}
