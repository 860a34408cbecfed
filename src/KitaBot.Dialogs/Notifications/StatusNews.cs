using KitaBot.Storage.Model;

namespace KitaBot.Dialogs.Notifications;

/// <summary>
/// A registration's status change, with what the registration is for, ready to be told in any language.
/// <see cref="FacilityName"/> is the Kita's name, null for a childminder (Kindertagespflege) request.
/// </summary>
public sealed record StatusNews(string ReferenceNumber, RegistrationStatus Status, DateOnly? OfferDeadline, string? FacilityName);
