using KitaBot.Dialogs.Tests.Registration.Host;
using KitaBot.Storage.Model;
using Xunit;
using static KitaBot.Dialogs.Tests.Registration.Host.RegistrationTranscript;

namespace KitaBot.Dialogs.Tests.Registration.Transcripts;

/// <summary>A child not born yet, registered with the due date, then released.</summary>
public sealed class UnbornChildTranscriptTests
{
    [Fact]
    public async Task English_in_Moehnesee_on_the_Kreis_Soest_portal()
    {
        await using var host = await RunAsync("unborn-en", "en-GB", c => Turns.Of(c,
            "[join]", "Register a child", "Petra Novak", "petra.novak@example.com", Code,
            "0160 5556667", "59519", "Günne", "Zum Südufer 3",
            "baby", "Novak", "no", "15 March 2027", "1 August 2028", "25 hours", "no", "-", "Kita",
            "In my district", "yes", "1", "-", "I am done choosing",
            "no", "Release now", "yes"));
        var overview = await AssertReleasedAsync(host, "petra.novak@example.com", DistrictPortal.KreisSoest, 1);
        Assert.Equal(new ChildBirthDate(new DateOnly(2027, 3, 15), IsDueDate: true), Assert.Single(overview.Children).Child.Birth);
    }

    [Fact]
    public async Task German_in_Ochtrup_on_STEP()
    {
        await using var host = await RunAsync("unborn-de", "de-DE", c => Turns.Of(c,
            "[join]", "Ein Kind anmelden", "Lea Hoffmann", "lea.hoffmann@example.de", Code,
            "02553 12345", "48607", "[Ochtrup]", "Weinerstraße 22",
            "Baby", "Hoffmann", "nein", "20.02.2027", "01.08.2028", "35 Stunden", "[Block]", "nein", "-", "Kita",
            "[town]", "1", "-", "2", "-", "[done]", "1",
            "nein", "[release]", "ja"));
        await AssertReleasedAsync(host, "lea.hoffmann@example.de", DistrictPortal.KreisSteinfurt, 2);
    }

    [Fact]
    public async Task French_in_Werl_on_the_Kreis_Soest_portal()
    {
        await using var host = await RunAsync("unborn-fr", "fr-FR", c => Turns.Of(c,
            "[join]", "Inscrire un enfant", "Julie Bernard", "julie.bernard@example.fr", Code,
            "0171 2223334", "59457", "Holtum", "Am Bach 2",
            "bébé", "Bernard", "non", "10 avril 2027", "septembre 2028", "25 heures", "non", "-", "En crèche",
            "Dans toute ma ville", "non", "1", "-", "[done]",
            "non", "[release]", "oui"));
        await AssertReleasedAsync(host, "julie.bernard@example.fr", DistrictPortal.KreisSoest, 1);
    }
}
