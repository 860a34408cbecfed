using KitaBot.Dialogs.Tests.Registration.Host;
using KitaBot.Storage.Model;
using Xunit;
using static KitaBot.Dialogs.Tests.Registration.Host.RegistrationTranscript;

namespace KitaBot.Dialogs.Tests.Registration.Transcripts;

/// <summary>One child, three Kitas chosen with remarks and ranked, then released.</summary>
public sealed class ThreeKitasTranscriptTests
{
    [Fact]
    public async Task English_in_Werl_on_the_Kreis_Soest_portal()
    {
        await using var host = await RunAsync("three-kitas-en", "en-GB", c => Turns.Of(c,
            "[join]", "Register a child", "Amira Haddad", "amira.haddad@example.org", Code,
            "0170 1234567", "59457", "Büderich", "Hauptstraße 12",
            "Lina", "Haddad", "yes", "14 May 2024", "August 2027", "45 hours", "no", "No", "-", "Kita",
            "In my whole town", "no", "1", "-", "2", "near her grandmother", "3", "-", "I am done choosing",
            "Elterninitiative Rappelkiste", "no", "Release now", "yes"));
        var overview = await AssertReleasedAsync(host, "amira.haddad@example.org", DistrictPortal.KreisSoest, 3);
        Assert.Equal(["Lina"], overview.Children.Select(c => c.Child.FirstName));
    }

    [Fact]
    public async Task German_in_Rheine_on_STEP()
    {
        await using var host = await RunAsync("three-kitas-de", "de-DE", c => Turns.Of(c,
            "[join]", "Ein Kind anmelden", "Katrin Becker", "katrin.becker@example.de", Code,
            "05971 123456", "48431", "Eschendorf", "Emsstraße 5",
            "Paul", "Becker", "ja", "10.03.2024", "01.08.2027", "35 Stunden", "[Split]", "nein", "[none]",
            "Ella, Kita St. Josef", "Kita", "Im ganzen Wohnort", "1", "-", "2", "-", "3", "Paul spricht Deutsch und Polnisch",
            "Ich bin fertig mit der Auswahl", "2", "nein", "[release]", "ja"));
        await AssertReleasedAsync(host, "katrin.becker@example.de", DistrictPortal.KreisSteinfurt, 3);
    }

    [Fact]
    public async Task French_in_Greven_on_STEP()
    {
        await using var host = await RunAsync("three-kitas-fr", "fr-FR", c => Turns.Of(c,
            "[join]", "Inscrire un enfant", "Claire Dubois", "claire.dubois@example.fr", Code,
            "0151 23456789", "48268", "Reckenfeld", "Emsdettener Straße 40",
            "Léa", "Dubois", "oui", "1 juin 2025", "1er août 2027", "25 heures", "non", "non", "-", "En crèche",
            "Dans toute ma ville", "non", "1", "-", "2", "-", "3", "Sa cousine va dans cette crèche", "J'ai fini de choisir", "3",
            "non", "[release]", "oui"));
        await AssertReleasedAsync(host, "claire.dubois@example.fr", DistrictPortal.KreisSteinfurt, 3);
    }
}
