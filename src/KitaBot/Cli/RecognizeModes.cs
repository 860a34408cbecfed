using System.Collections.Frozen;
using KitaBot.Dialogs.Recognizers.Choices;
using KitaBot.Dialogs.Recognizers.Confirm;
using KitaBot.Dialogs.Recognizers.Contact;
using KitaBot.Dialogs.Recognizers.Dates;
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
            ["dates"] = new DateModeWriter(new DateRecognizer()),
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
