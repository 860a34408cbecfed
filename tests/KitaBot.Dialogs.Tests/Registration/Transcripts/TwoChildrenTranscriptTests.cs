using KitaBot.Dialogs.Tests.Registration.Host;
using KitaBot.Storage.Model;
using Xunit;
using static KitaBot.Dialogs.Tests.Registration.Host.RegistrationTranscript;

namespace KitaBot.Dialogs.Tests.Registration.Transcripts;

/// <summary>Two children in one registration, each with its own answers, released together.</summary>
public sealed class TwoChildrenTranscriptTests
{
    [Fact]
    public async Task English_in_Greven_on_STEP_with_a_change_request()
    {
        await using var host = await RunAsync("two-children-en", "en-GB", c => Turns.Of(c,
            "[join]", "Register a child", "Fatima Rahimi", "fatima.rahimi@example.com", Code,
            "+49 2571 445566", "48268", "[Greven]", "Marktstraße 9",
            "Omar", "Rahimi", "yes", "01.09.2023", "1 August 2027", "35 hours", "[Block]", "no", "Yes, in a Kita", "-", "Kita",
            "[town]", "no", "1", "yes", "He wants to be with his friends", "[done]",
            "yes",
            "Sara", "Rahimi", "yes", "10 October 2025", "1 August 2027", "25 hours", "no", "[none]", "Omar, Kita St. Josef", "[Kita]",
            "[town]", "no", "Kath. Kita St. Josef", "-", "[done]",
            "no", "Release now", "yes"));
        var overview = await AssertReleasedAsync(host, "fatima.rahimi@example.com", DistrictPortal.KreisSteinfurt, 2);
        Assert.Equal(["Omar", "Sara"], overview.Children.Select(c => c.Child.FirstName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task German_in_Werl_on_the_Kreis_Soest_portal_with_an_inclusive_place()
    {
        await using var host = await RunAsync("two-children-de", "de-DE", c => Turns.Of(c,
            "[join]", "Ein Kind anmelden", "Anna Schmidt", "anna.schmidt@example.de", Code,
            "02922 778899", "59457", "Westönnen", "Kirchplatz 4a",
            "Ben", "Schmidt", "ja", "20.02.2024", "01.08.2027", "45 Stunden", "nein", "Ja, in der Kindertagespflege", "-", "Kita",
            "Im ganzen Wohnort", "1", "-", "[done]",
            "ja",
            "Mia", "Schmidt", "ja", "05.06.2025", "01.08.2027", "[Hours35]", "[Block]", "ja", "ja", "Mia hat eine Hörbehinderung und trägt Hörgeräte.",
            "nein", "Ben (ab August in der Kita)", "Kita", "Im ganzen Wohnort", "Elterninitiative Rappelkiste", "-", "[done]",
            "nein", "[release]", "ja"));
        var overview = await AssertReleasedAsync(host, "anna.schmidt@example.de", DistrictPortal.KreisSoest, 2);
        Assert.Equal(2, overview.Children.Count);
    }

    [Fact]
    public async Task French_in_Rheine_on_STEP_adding_the_second_child_from_the_review()
    {
        await using var host = await RunAsync("two-children-fr", "fr-FR", c => Turns.Of(c,
            "[join]", "Inscrire un enfant", "Sophie Martin", "sophie.martin@example.fr", Code,
            "05971 998877", "48429", "Stadtmitte", "Bahnhofstraße 14",
            "Hugo", "Martin", "oui", "12/12/2023", "1er août 2027", "[Hours45]", "non", "non", "-", "En crèche",
            "Dans toute ma ville", "non", "1", "-", "[done]",
            "non", "Ajouter un autre enfant",
            "Chloé", "Martin", "oui", "30 avril 2025", "1er août 2027", "[Hours25]", "non", "non", "Hugo", "En crèche",
            "Dans toute ma ville", "non", "2", "-", "[done]",
            "non", "[release]", "oui"));
        await AssertReleasedAsync(host, "sophie.martin@example.fr", DistrictPortal.KreisSteinfurt, 2);
    }
}
