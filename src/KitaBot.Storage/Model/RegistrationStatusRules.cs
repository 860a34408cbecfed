namespace KitaBot.Storage.Model;

/// <summary>Which status changes make sense; staff tools can use it to offer only valid actions.</summary>
public static class RegistrationStatusRules
{
    /// <summary>True when a registration may move from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool CanChange(RegistrationStatus from, RegistrationStatus to) => (from, to) switch
    {
        _ when from == to => false,
        (_, RegistrationStatus.Draft) => false,
        _ when IsFinal(from) => false,
        (RegistrationStatus.Draft, RegistrationStatus.Released or RegistrationStatus.Withdrawn) => true,
        (RegistrationStatus.Draft, _) => false,
        (_, RegistrationStatus.Withdrawn) => true,
        (_, RegistrationStatus.Released) => false,
        (RegistrationStatus.Offered, RegistrationStatus.Accepted or RegistrationStatus.Declined or RegistrationStatus.OnWaitlist) => true,
        (RegistrationStatus.Accepted, RegistrationStatus.ContractSigned or RegistrationStatus.Declined) => true,
        (_, RegistrationStatus.Accepted or RegistrationStatus.ContractSigned) => false,
        (RegistrationStatus.Declined, RegistrationStatus.OnWaitlist) => true,
        (RegistrationStatus.Declined or RegistrationStatus.Accepted, _) => false,
        (_, RegistrationStatus.Declined) => false,
        _ => true,
    };

    /// <summary>True when the registration's outcome is settled and no further change is possible.</summary>
    public static bool IsFinal(RegistrationStatus status) =>
        status is RegistrationStatus.Withdrawn or RegistrationStatus.ContractSigned;
}
