namespace KitaBot.Storage.Model;

/// <summary>A registration created by a release, in submission order.</summary>
public sealed record ReleasedRegistration(Guid RegistrationId, Guid? ChildId, string ReferenceNumber, DistrictPortal Portal, int Rank);
