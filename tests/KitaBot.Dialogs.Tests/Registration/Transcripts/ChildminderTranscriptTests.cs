using KitaBot.Dialogs.Tests.Registration.Host;
using KitaBot.Storage.Model;
using Xunit;
using static KitaBot.Dialogs.Tests.Registration.Host.RegistrationTranscript;

namespace KitaBot.Dialogs.Tests.Registration.Transcripts;

/// <summary>One child registered for Kindertagespflege (alone, or with a Kita), then released.</summary>
public sealed class ChildminderTranscriptTests
{
    [Fact]
    public async Task English_in_Ochtrup_on_STEP_with_a_known_childminder()
    {
        await using var host = await RunAsync("childminder-en", "en-GB", c => Turns.Of(c,
            "[join]", "[register]", "Daniel Okafor", "d.okafor@example.com", Code,
            "02553 98765", "48607", "Welbergen", "Bahnhofstraße 3",
            "Ada", "Okafor", "yes", "2 February 2026", "1 August 2027", "[Hours35]", "split", "no", "no", "-", "childminder care",
            "I already know a childminder", "Maria Schulte", "Maria has a free place from August",
            "no", "Release now", "yes"));
        var overview = await AssertReleasedAsync(host, "d.okafor@example.com", DistrictPortal.KreisSteinfurt, 1);
        var registration = Assert.Single(Assert.Single(overview.Children).Registrations);
        Assert.Equal(new ChildminderRequest(ChildminderContact.KnowsChildminder, "Maria Schulte", "Maria has a free place from August"),
            registration.Details.Childminder);
    }

    [Fact]
    public async Task German_in_Moehnesee_on_the_Kreis_Soest_portal_needing_contacts()
    {
        await using var host = await RunAsync("childminder-de", "de-DE", c => Turns.Of(c,
            "[join]", "Ein Kind anmelden", "Murat Yılmaz", "murat.yilmaz@example.de", Code,
            "02924 555123", "59519", "Körbecke", "Seestraße 7",
            "Elif", "Yılmaz", "ja", "03.01.2026", "1.9.2027", "25 Stunden", "nein", "nein", "-", "Kindertagespflege",
            "Kontaktdaten von Tagesmüttern oder Tagesvätern", "-", "nein", "[release]", "ja"));
        await AssertReleasedAsync(host, "murat.yilmaz@example.de", DistrictPortal.KreisSoest, 1);
    }

    [Fact]
    public async Task French_in_Wickede_on_the_Kreis_Soest_portal_with_a_Kita_and_a_childminder()
    {
        await using var host = await RunAsync("childminder-fr", "fr-FR", c => Turns.Of(c,
            "[join]", "Inscrire un enfant", "Amadou Diallo", "amadou.diallo@example.fr", Code,
            "0176 11223344", "58739", "Echthausen", "Kirchstraße 21",
            "Awa", "Diallo", "oui", "15/03/2025", "1 août 2027", "[Hours35]", "[Block]", "non", "non", "-", "Les deux",
            "[town]", "non", "1", "-", "J'ai fini de choisir",
            "Des coordonnées d'assistantes maternelles", "Nous cherchons près de la gare", "non", "[release]", "oui"));
        await AssertReleasedAsync(host, "amadou.diallo@example.fr", DistrictPortal.KreisSoest, 2);
    }
}
