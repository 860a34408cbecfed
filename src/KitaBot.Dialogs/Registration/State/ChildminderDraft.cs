namespace KitaBot.Dialogs.Registration.State;

/// <summary>The registration for Kindertagespflege.</summary>
public sealed class ChildminderDraft
{
    /// <summary>True when the family asks for contact details; false when it already knows a childminder.</summary>
    public bool NeedsContacts { get; set; }

    public string? KnownChildminderName { get; set; }

    public string? Comment { get; set; }
}
