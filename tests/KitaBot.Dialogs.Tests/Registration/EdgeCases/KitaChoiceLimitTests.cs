using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Tests.Registration.Host;
using KitaBot.Storage.Catalog.Model;
using Xunit;

namespace KitaBot.Dialogs.Tests.Registration.EdgeCases;

/// <summary>
/// STEP takes at most 5 ranked choices. The shipped directory has no STEP town with more than 4 Kitas for one
/// child, so an operator import adds three more in Rheine (the import verb's file, read at start-up).
/// </summary>
public sealed class KitaChoiceLimitTests
{
    private static Facility Imported(string id, string name) => new(
        id, name, new FacilityProvider(name + " e.V. (test import)", ProviderType.ParentInitiative), "rheine", "Eschendorf", "Emsstraße 40", "48431",
        new GeoPoint(52.28, 7.44), 4, 72, [25, 35, 45], 2, ["de", "en"], "Testprofil.", "Test profile.", true, "fictional: test import for the STEP limit");

    [Fact]
    public async Task After_the_fifth_Kita_on_STEP_the_family_is_told_the_limit_and_goes_on_to_the_ranking()
    {
        await using var host = new RegistrationTestHost(importedFacilities:
        [
            Imported("rheine-test-kita-eins", "Test-Kita Eins"),
            Imported("rheine-test-kita-zwei", "Test-Kita Zwei"),
            Imported("rheine-test-kita-drei", "Test-Kita Drei"),
        ]);
        var family = host.Drive("en-GB");
        await family.SayAsync([.. Families.RheineAccount("limit@example.org"), .. Families.ChildUpToCareType, "Kita", "[town]", "no"]);
        family.AssertAsking("kita.choice");

        foreach (var pick in new[] { "1", "2", "3", "4" })
        {
            await family.SayAsync(pick, "-");
            family.AssertAsking("kita.choice");
        }

        var replies = await family.SayAsync("5", "-");

        Assert.Equal(host.Text(Language.English, TextId.KitaTooManyChoices, TextArg.Count(5)), replies[1].Text);
        family.AssertAsking("kita.firstChoice");
        Assert.Equal(5, family.Question.SuggestedActions!.Actions!.Count);
    }
}
