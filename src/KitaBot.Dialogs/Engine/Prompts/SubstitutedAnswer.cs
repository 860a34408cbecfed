using System.Text.Json;
using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>
/// Lets a prompt, its recognizer and its validator see an answer that did not arrive as one message: keypad digits
/// collected over several key presses, a number pressed for an option, a read-back answer confirmed with yes. The
/// inbound activity carries the answer while the prompt runs and is restored afterwards.
/// </summary>
internal sealed class SubstitutedAnswer : IDisposable
{
    private readonly Activity _activity;
    private readonly string? _type;
    private readonly string? _text;
    private readonly JsonElement? _value;

    public SubstitutedAnswer(Activity activity, string? text, string? postedValue)
    {
        _activity = activity;
        _type = activity.Type;
        _text = activity.Text;
        _value = activity.Value;
        activity.Type = ActivityTypes.Message;
        activity.Text = text;
        activity.Value = postedValue is null
            ? null
            : JsonSerializer.SerializeToElement(new AnswerValue(postedValue), PresentationJson.Default.AnswerValue);
    }

    public void Dispose()
    {
        _activity.Type = _type;
        _activity.Text = _text;
        _activity.Value = _value;
    }
}
