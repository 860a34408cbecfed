using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Registration.State;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Catalog;

namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>Makes the e-mail check the first step of a part that needs the family's account.</summary>
public static class SignedInFamily
{
    /// <summary>Begins the e-mail check unless this conversation already knows the family.</summary>
    public static Task<DialogTurnResult> EnsureAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Turn.Kita().FamilyId is not null
            ? step.NextAsync(null, cancellationToken)
            : step.BeginDialogAsync(nameof(EmailVerificationDialog), cancellationToken);

    /// <summary>After <see cref="EnsureAsync"/>: the family's id, or null when the address has no account.</summary>
    public static async Task<Guid?> FamilyIdAsync(WaterfallStepContext step, IFamilyStore families, IPortalCatalog catalog, CancellationToken cancellationToken)
    {
        var state = step.Turn.Kita();
        if (step.Result is VerifiedEmail { ExistingFamilyId: { } familyId }
            && await families.GetAsync(familyId, cancellationToken).ConfigureAwait(false) is { } family)
        {
            state.FamilyId = familyId;
            AccountDialog.CopyAccount(family, state.Draft.Account, catalog);
        }

        return state.FamilyId;
    }
}
