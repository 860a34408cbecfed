using System.Collections.Frozen;
using KitaBot.Dialogs.Recognizers.Choices;
using KitaBot.Dialogs.Recognizers.Confirm;
using KitaBot.Dialogs.Recognizers.Contact;
#if KITABOT_DATES
using KitaBot.Dialogs.Recognizers.Dates;
#endif
using KitaBot.Dialogs.Recognizers.Numbers;

namespace KitaBot.Cli;

/// <summary>The <c>--mode</c> names of <c>recognize</c> and their writers.</summary>
internal static class RecognizeModes
{
    public const string Default = "dates";

    public static FrozenDictionary<string, IModeWriter> Create()
    {
        var numbers = new NumberRecognizer();
        var phones = new PhoneRecognizer();
        var modes = new Dictionary<string, IModeWriter>(StringComparer.Ordinal)
        {
#if KITABOT_DATES
            ["dates"] = new DateModeWriter(new DateRecognizer()),
#endif
            ["numbers"] = new NumberModeWriter(numbers),
            ["yesno"] = new YesNoModeWriter(new YesNoRecognizer()),
            ["choices"] = new ChoiceModeWriter(new ChoiceRecognizer(numbers)),
            ["email"] = new EmailModeWriter(new EmailRecognizer()),
            ["phone"] = new PhoneModeWriter(phones),
            ["postcode"] = new PostcodeModeWriter(new GermanPostcodeRecognizer(phones)),
        };
        return modes.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
