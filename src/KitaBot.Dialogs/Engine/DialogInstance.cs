using System.Text.Json.Serialization;
using KitaBot.Dialogs.Engine.Prompts;

namespace KitaBot.Dialogs.Engine;

/// <summary>
/// One running dialog, persisted with typed fields only. Waterfalls record the NAME of their current step and
/// the dialog's version, never an index alone, so a redeploy cannot resume a conversation at the wrong step.
/// </summary>
public sealed class DialogInstance
{
    public required string Id { get; set; }

    /// <summary>The dialog's version when it began; a mismatch after a deploy restarts the section.</summary>
    public required string Version { get; set; }

    /// <summary>Waterfall: the step that is waiting for its child's result.</summary>
    public string? Step { get; set; }

    /// <summary>Waterfall: the steps that asked something, in order, so "back" can ask the previous question again.</summary>
    public List<string>? History { get; set; }

    /// <summary>Prompt: what is being asked.</summary>
    public PromptOptions? Prompt { get; set; }

    /// <summary>Prompt: failed answers so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Prompt on the phone: keypad digits typed so far, answered with <c>#</c> (see <see cref="KeypadInput"/>).</summary>
    public string? KeypadDigits { get; set; }

    /// <summary>Prompt on the phone: which page of options was read out last (see Presentation.Voice.VoiceOptionPages).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int VoicePage { get; set; }

    /// <summary>Prompt on the phone: the accepted answer, as given, that was read back and waits for yes or no.</summary>
    public string? ReadBackAnswer { get; set; }

    /// <summary>Component: the inner dialog stack.</summary>
    public DialogState? Inner { get; set; }
}
