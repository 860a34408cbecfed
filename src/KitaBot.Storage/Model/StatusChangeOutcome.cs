namespace KitaBot.Storage.Model;

/// <summary>How a status change ended.</summary>
public enum StatusChangeOutcome
{
    /// <summary>The status changed, the history grew and the family will be notified.</summary>
    Changed,

    /// <summary>No such registration (or not the family's own).</summary>
    NotFound,

    /// <summary>Someone changed the registration since it was read; reload and decide again.</summary>
    VersionConflict,

    /// <summary>The change is not allowed from the current status.</summary>
    NotAllowed,
}
