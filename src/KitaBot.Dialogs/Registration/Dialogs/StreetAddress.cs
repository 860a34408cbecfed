using KitaBot.Dialogs.Registration.State;
using KitaBot.Storage.Model;

namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>Splits "Hauptstraße 12a" into street and house number, as the portals store them.</summary>
public static class StreetAddress
{
    private const int MaxLength = 120;

    public static bool TrySplit(string text, out string street, out string houseNumber)
    {
        street = houseNumber = string.Empty;
        var trimmed = text.Trim();
        var lastSpace = trimmed.LastIndexOf(' ');
        if (trimmed.Length > MaxLength || lastSpace <= 0)
        {
            return false;
        }

        street = trimmed[..lastSpace].Trim().TrimEnd(',');
        houseNumber = trimmed[(lastSpace + 1)..];
        return street.Any(char.IsLetter) && houseNumber.Length <= 10 && char.IsAsciiDigit(houseNumber[0]);
    }

    public static PostalAddress ToPostalAddress(AccountDraft account)
    {
        TrySplit(account.Street ?? string.Empty, out var street, out var houseNumber);
        return new PostalAddress(street, houseNumber, account.Postcode!, account.TownId!, account.Ortsteil);
    }
}
