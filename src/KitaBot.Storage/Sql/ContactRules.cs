using System.Text.RegularExpressions;

namespace KitaBot.Storage.Sql;

/// <summary>Shape checks for contact data before it is stored; the dialogs validate earlier and more kindly.</summary>
internal static partial class ContactRules
{
    public static void RequireEmail(string email, string parameterName)
    {
        if (!EmailShape().IsMatch(email.Trim()))
        {
            throw new ArgumentException("Not an e-mail address.", parameterName);
        }
    }

    public static void RequirePhone(string phone, string parameterName)
    {
        if (!E164().IsMatch(phone.Trim()))
        {
            throw new ArgumentException("The phone number must be in E.164 form, e.g. +4929211234567.", parameterName);
        }
    }

    public static void RequireLanguageTag(string languageTag, string parameterName)
    {
        if (!LanguageTag().IsMatch(languageTag))
        {
            throw new ArgumentException("Not a BCP 47 language tag such as uk-UA.", parameterName);
        }
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
