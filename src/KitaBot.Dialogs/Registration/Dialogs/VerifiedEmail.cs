using KitaBot.Dialogs.Engine;

namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>The result of the e-mail check: the verified address and the family that already uses it, if any.</summary>
public sealed record VerifiedEmail(string Email, Guid? ExistingFamilyId) : DialogResult;
