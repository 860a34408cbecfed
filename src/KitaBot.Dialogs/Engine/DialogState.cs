namespace KitaBot.Dialogs.Engine;

/// <summary>A persisted dialog stack; the last instance is the active one.</summary>
public sealed class DialogState
{
    public List<DialogInstance> Stack { get; set; } = [];
}
