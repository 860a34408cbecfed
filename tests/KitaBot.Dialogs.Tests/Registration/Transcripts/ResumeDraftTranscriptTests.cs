using KitaBot.Dialogs.Tests.Registration.Host;
using KitaBot.Dialogs.Tests.Testing;
using KitaBot.Storage.Model;
using Xunit;
using static KitaBot.Dialogs.Tests.Registration.Host.RegistrationTranscript;

namespace KitaBot.Dialogs.Tests.Registration.Transcripts;

/// <summary>
/// A returning family: the first conversation stops in the middle of the child's questions; a second conversation
/// (another device) proves the e-mail address with a new code and continues at the question where it stopped.
/// </summary>
public sealed class ResumeDraftTranscriptTests
{
    private static async Task<RegistrationTestHost> RunTwoConversationsAsync(
        string name, string locale, Func<TestConversation, string[]> first, Func<TestConversation, string[]> second)
    {
        var host = new RegistrationTestHost();
        var one = host.Conversation(locale, name + "-first");
        var two = host.Conversation(locale, name + "-second");
        var turns = Turns.Of(one, first(one)).Concat(Turns.Of(two, second(two))).ToList();
        await new TranscriptRunner(host.Processor).RunAsync("Registration/" + name, turns);
        return host;
    }

    [Fact]
    public async Task English_in_Steinfurt_on_STEP_from_the_menu()
    {
        await using var host = await RunTwoConversationsAsync("resume-en", "en-GB",
            _ => ["[join]", "Register a child", "Tom Smith", "tom.smith@example.com", Code, "0151 1112223", "48565", "Borghorst",
                "Lindenstraße 8", "Noah", "Smith", "yes", "5 January 2024", "1 August 2027"],
            _ => ["[join]", "Continue a saved registration", "tom.smith@example.com", Code,
                "45 hours", "no", "no", "-", "Kita", "[town]", "no", "1", "-", "[done]", "no", "Release now", "yes"]);
        var overview = await AssertReleasedAsync(host, "tom.smith@example.com", DistrictPortal.KreisSteinfurt, 1);
        Assert.Equal(WeeklyHours.Hours45, Assert.Single(Assert.Single(overview.Children).Registrations).Details.Hours);
    }

    [Fact]
    public async Task German_in_Ense_on_the_Kreis_Soest_portal_from_a_new_registration()
    {
        await using var host = await RunTwoConversationsAsync("resume-de", "de-DE",
            _ => ["[join]", "Ein Kind anmelden", "Jonas Weber", "jonas.weber@example.de", Code, "02938 445566", "59469", "Niederense",
                "Ruhrstraße 1", "Emma", "Weber", "ja", "11.11.2024", "01.08.2027", "35 Stunden", "[Block]", "nein"],
            _ => ["[join]", "Ein Kind anmelden", "Jonas Weber", "jonas.weber@example.de", Code, "ja",
                "nein", "-", "Kita", "[town]", "1", "-", "[done]", "nein", "[release]", "ja"]);
        await AssertReleasedAsync(host, "jonas.weber@example.de", DistrictPortal.KreisSoest, 1);
    }

    [Fact]
    public async Task French_in_Welver_on_the_Kreis_Soest_portal_from_the_menu()
    {
        await using var host = await RunTwoConversationsAsync("resume-fr", "fr-FR",
            _ => ["[join]", "Inscrire un enfant", "Marie Lefèvre", "marie.lefevre@example.fr", Code, "02384 1234", "59514", "Dorfwelver",
                "Am Markt 6", "Louis", "Lefèvre", "oui", "8 février 2025", "1er août 2027", "25 heures", "non", "non", "-", "En crèche"],
            _ => ["[join]", "Reprendre une inscription enregistrée", "marie.lefevre@example.fr", Code,
                "[town]", "non", "1", "-", "[done]", "non", "[release]", "oui"]);
        await AssertReleasedAsync(host, "marie.lefevre@example.fr", DistrictPortal.KreisSoest, 1);
    }
}
