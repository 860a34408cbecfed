using KitaBot.Storage.Model;

namespace KitaBot.Storage.Tests.Model;

/// <summary>The status model follows the portals' flow: released, waiting list, offer, answer, contract.</summary>
public sealed class RegistrationStatusRulesTests
{
    [Theory]
    [InlineData(RegistrationStatus.Draft, RegistrationStatus.Released)]
    [InlineData(RegistrationStatus.Released, RegistrationStatus.OnWaitlist)]
    [InlineData(RegistrationStatus.Released, RegistrationStatus.Offered)]
    [InlineData(RegistrationStatus.OnWaitlist, RegistrationStatus.Offered)]
    [InlineData(RegistrationStatus.Offered, RegistrationStatus.Accepted)]
    [InlineData(RegistrationStatus.Offered, RegistrationStatus.Declined)]
    [InlineData(RegistrationStatus.Accepted, RegistrationStatus.ContractSigned)]
    [InlineData(RegistrationStatus.Declined, RegistrationStatus.OnWaitlist)]
    [InlineData(RegistrationStatus.OnWaitlist, RegistrationStatus.Paused)]
    [InlineData(RegistrationStatus.Paused, RegistrationStatus.OnWaitlist)]
    [InlineData(RegistrationStatus.OnWaitlist, RegistrationStatus.CarriedOver)]
    [InlineData(RegistrationStatus.Offered, RegistrationStatus.Withdrawn)]
    public void Allowed(RegistrationStatus from, RegistrationStatus to) => Assert.True(RegistrationStatusRules.CanChange(from, to));

    [Theory]
    [InlineData(RegistrationStatus.Released, RegistrationStatus.Released)]
    [InlineData(RegistrationStatus.Released, RegistrationStatus.Draft)]
    [InlineData(RegistrationStatus.Released, RegistrationStatus.Accepted)]
    [InlineData(RegistrationStatus.Released, RegistrationStatus.ContractSigned)]
    [InlineData(RegistrationStatus.OnWaitlist, RegistrationStatus.Declined)]
    [InlineData(RegistrationStatus.Draft, RegistrationStatus.Offered)]
    [InlineData(RegistrationStatus.Withdrawn, RegistrationStatus.Released)]
    [InlineData(RegistrationStatus.ContractSigned, RegistrationStatus.Withdrawn)]
    [InlineData(RegistrationStatus.Paused, RegistrationStatus.Released)]
    public void Refused(RegistrationStatus from, RegistrationStatus to) => Assert.False(RegistrationStatusRules.CanChange(from, to));
}
