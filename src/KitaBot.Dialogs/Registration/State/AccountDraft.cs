namespace KitaBot.Dialogs.Registration.State;

/// <summary>The family's account and contact details (Benutzerkonto, Kontaktdaten).</summary>
public sealed class AccountDraft
{
    public string? FullName { get; set; }

    public string? Email { get; set; }

    public bool EmailVerified { get; set; }

    /// <summary>E.164, e.g. +4929211234.</summary>
    public string? Phone { get; set; }

    public string? Postcode { get; set; }

    public string? TownId { get; set; }

    public string? Ortsteil { get; set; }

    public string? Street { get; set; }

    /// <summary>The portal that serves the town, e.g. "kreis-soest".</summary>
    public string? PortalId { get; set; }
}
