namespace KitaBot.Dialogs.Engine;

/// <summary>What the dialog stack did with a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user.</summary>
    Waiting,

    /// <summary>The last dialog ended.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
