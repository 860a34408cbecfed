namespace KitaBot.Dialogs.Engine;

/// <summary>Why a dialog step runs or a dialog ends.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,

    /// <summary>The user said "back": the step runs again to ask its question again.</summary>
    BackCalled,
}
