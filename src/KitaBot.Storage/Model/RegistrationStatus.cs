namespace KitaBot.Storage.Model;

/// <summary>Where a registration (Vormerkung) stands. See <see cref="RegistrationStatusRules"/> for the allowed changes.</summary>
public enum RegistrationStatus
{
    /// <summary>
    /// Still editable by the family (the portal's orange Voranmeldung). KitaBot keeps drafts in the conversation state
    /// until the family releases them, so stored registrations start at <see cref="Released"/>.
    /// </summary>
    Draft,

    /// <summary>Released by the family (the portal's green "freigegeben").</summary>
    Released,

    /// <summary>On the waiting list.</summary>
    OnWaitlist,

    /// <summary>A place is offered; the family must answer by the offer deadline.</summary>
    Offered,

    /// <summary>The family accepted the offer.</summary>
    Accepted,

    /// <summary>The family declined the offer.</summary>
    Declined,

    /// <summary>The care contract is signed.</summary>
    ContractSigned,

    /// <summary>The family withdrew the registration.</summary>
    Withdrawn,

    /// <summary>Paused, e.g. at the family's request.</summary>
    Paused,

    /// <summary>Carried over into the next Kita year.</summary>
    CarriedOver,
}
