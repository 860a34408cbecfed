using System.Text;
using KitaBot.Dialogs.Localization;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Catalog;
using KitaBot.Storage.Model;

namespace KitaBot.Dialogs.Notifications;

/// <summary>
/// Renders an outbox message as an e-mail from the <see cref="TextCatalog"/>: in the family's language first, then a
/// German copy. Confirmations and status news carry the copy for the Kitas, introduced by
/// <see cref="TextId.EmailGermanCopy"/>; a verification code gets the German text too unless the family reads German.
/// The family's current language wins over the one stored with the message, because the family may have switched.
/// </summary>
public sealed class EmailComposer(
    TextCatalog texts,
    IFamilyStore families,
    IRegistrationStore registrations,
    IPortalCatalog catalog,
    StatusNotificationTexts statusTexts)
{
    /// <summary>Separates the family's language from the German copy; a rule, not words, so it needs no translation.</summary>
    private const string Divider = "\n\n――――――――――――――――――――――――――――――――――――――――\n";

    public async Task<ComposedEmail> ComposeAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        switch (message.Payload)
        {
            case VerificationCodePayload code:
                return ComposeCode(LanguageOf(message.LanguageTag), code);
            case ConfirmationEmailPayload confirmation:
            {
                var family = await families.FindByEmailAsync(message.Recipient, cancellationToken).ConfigureAwait(false);
                var office = await OfficeNameAsync(family, confirmation, cancellationToken).ConfigureAwait(false);
                var body = LocalizedText.Of(
                    TextId.EmailConfirmationBody,
                    // Without an account left to name, the address the e-mail goes to is the neutral greeting.
                    TextArg.Plain("name", family?.Name ?? message.Recipient.Trim()),
                    TextArg.Plain("references", string.Join("\n", confirmation.ReferenceNumbers)),
                    TextArg.Plain("office", office));
                return ComposeWithCopy(LanguageOf(family?.LanguageTag ?? message.LanguageTag), TextId.EmailConfirmationSubject, _ => body);
            }

            case StatusNotificationPayload status:
            {
                var family = await families.FindByEmailAsync(message.Recipient, cancellationToken).ConfigureAwait(false);
                var news = await statusTexts.DescribeAsync(status, cancellationToken).ConfigureAwait(false);
                var language = LanguageOf(family?.LanguageTag ?? message.LanguageTag);
                return ComposeWithCopy(language, StatusNotificationTexts.Subject(news), lang => statusTexts.Message(news, lang));
            }

            default:
                throw new ArgumentException("The outbox message has a payload kind the composer does not know.", nameof(message));
        }
    }

    /// <summary>The language for a stored tag; German, the portals' language, when the tag is not one of ours.</summary>
    public static Language LanguageOf(string? languageTag) => LanguageInfo.FromLocale(languageTag)?.Language ?? Language.German;

    private ComposedEmail ComposeCode(Language language, VerificationCodePayload code) =>
        Compose(
            language,
            LocalizedText.Of(TextId.EmailCodeSubject, TextArg.Plain("code", code.Code)),
            _ => LocalizedText.Of(TextId.EmailCodeBody, TextArg.Plain("code", code.Code)),
            // The code is for the family alone, so the German text is headed by the language's name, not "for the Kita".
            LanguageInfo.Of(Language.German).NativeName);

    private ComposedEmail ComposeWithCopy(Language language, LocalizedText subject, Func<Language, LocalizedText> body) =>
        Compose(language, subject, body, texts.Render(TextId.EmailGermanCopy, language).Text);

    private ComposedEmail Compose(Language language, LocalizedText subject, Func<Language, LocalizedText> body, string germanHeading)
    {
        var text = new StringBuilder(texts.Render(body(language), language).Text);
        if (language == Language.German)
        {
            return new ComposedEmail(texts.Render(subject, language).Text, text.ToString(), Tags(language));
        }

        text.Append(Divider)
            .Append(germanHeading).Append("\n\n")
            .Append(texts.Render(subject, Language.German).Text).Append("\n\n")
            .Append(texts.Render(body(Language.German), Language.German).Text);
        return new ComposedEmail(texts.Render(subject, language).Text, text.ToString(), Tags(language, Language.German));
    }

    private static string[] Tags(params Language[] languages) => [.. languages.Select(l => LanguageInfo.Of(l).Tag)];

    /// <summary>
    /// The responsible Jugendamt: the one for the family's town; when the family's data is gone, the district
    /// Jugendamt of the portal the registrations went to.
    /// </summary>
    private async Task<string> OfficeNameAsync(Family? family, ConfirmationEmailPayload confirmation, CancellationToken cancellationToken)
    {
        if (family is not null && catalog.FindTownById(family.Address.TownId) is { } town)
        {
            return catalog.RouteFor(town).Office.Name;
        }

        foreach (var reference in confirmation.ReferenceNumbers)
        {
            var registration = await registrations.FindByReferenceAsync(reference, cancellationToken).ConfigureAwait(false);
            var districtId = registration?.Details.Portal switch
            {
                DistrictPortal.KreisSoest => "kreis-soest",
                DistrictPortal.KreisSteinfurt => "kreis-steinfurt",
                _ => null,
            };
            var portal = catalog.Portals.FirstOrDefault(p => string.Equals(p.DistrictId, districtId, StringComparison.Ordinal));
            if (portal is not null && catalog.FindOffice(portal.JugendamtId) is { } office)
            {
                return office.Name;
            }
        }

        throw new InvalidOperationException("No responsible Jugendamt is known for this confirmation.");
    }
}
