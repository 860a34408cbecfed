namespace KitaBot.Dialogs.Registration.State;

/// <summary>One chosen kita (Wunscheinrichtung), in rank order within the child's list.</summary>
public sealed class KitaChoiceDraft
{
    public required string FacilityId { get; set; }

    /// <summary>The child has a place now and wants to change to this kita (Wechselwunsch).</summary>
    public bool IsChangeRequest { get; set; }

    /// <summary>Bemerkungen for this kita.</summary>
    public string? Comment { get; set; }
}
