using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Recognizers.Choices;
using KitaBot.Dialogs.Recognizers.Confirm;
using KitaBot.Dialogs.Recognizers.Contact;
using KitaBot.Dialogs.Recognizers.Dates;
using KitaBot.Dialogs.Recognizers.Numbers;

namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>
/// What every prompt needs, built once: the presenter that renders questions and the recognizers that understand
/// answers. The recognizers are immutable and thread-safe, so one kit serves every conversation.
/// </summary>
public sealed class PromptKit(MessagePresenter presenter)
{
    public MessagePresenter Presenter { get; } = presenter;

    public NumberRecognizer Numbers { get; } = new();

    public YesNoRecognizer YesNo { get; } = new();

    public ChoiceRecognizer Choices { get; } = new();

    public DateRecognizer Dates { get; } = new();

    public EmailRecognizer Emails { get; } = new();

    public PhoneRecognizer Phones { get; } = new();

    public GermanPostcodeRecognizer Postcodes { get; } = new();
}
