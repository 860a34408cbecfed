namespace KitaBot.Dialogs.Registration.State;

/// <summary>The Kita search while the family chooses: the area, a staff-language filter and the Kita being added.</summary>
public sealed class KitaSearchDraft
{
    /// <summary>One of <see cref="KitaSearchArea"/>.</summary>
    public string? Area { get; set; }

    /// <summary>ISO 639-1 code of the language the staff should speak, or null for any.</summary>
    public string? StaffLanguage { get; set; }

    public string? PendingFacilityId { get; set; }

    public bool PendingChangeRequest { get; set; }

    /// <summary>The next answer names a Kita whose profile is to be shown, not one to add.</summary>
    public bool ShowingProfile { get; set; }
}
