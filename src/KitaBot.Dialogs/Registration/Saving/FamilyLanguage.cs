using KitaBot.Dialogs.Localization;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Model;

namespace KitaBot.Dialogs.Registration.Saving;

/// <summary>Keeps the family's language on its account, so its e-mails and notifications follow the language it chose last.</summary>
public sealed class FamilyLanguage(IFamilyStore families)
{
    public async Task KeepAsync(Guid familyId, Language language, CancellationToken cancellationToken)
    {
        var tag = LanguageInfo.Of(language).Tag;
        if (await families.GetAsync(familyId, cancellationToken).ConfigureAwait(false) is { } family && family.LanguageTag != tag)
        {
            await families.UpdateContactDetailsAsync(familyId, new ContactDetails(family.Name, family.Phone, family.Address, tag), cancellationToken)
                .ConfigureAwait(false);
        }
    }
}
