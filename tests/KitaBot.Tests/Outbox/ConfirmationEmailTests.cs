using KitaBot.Dialogs.Localization;
using KitaBot.Storage.Catalog;
using Xunit;

namespace KitaBot.Tests.Outbox;

/// <summary>A release through the real store yields one bilingual confirmation e-mail with the reference numbers.</summary>
public sealed class ConfirmationEmailTests
{
    [Theory]
    [InlineData("ar-SA", "Layla Haddad", "مرحبًا")]
    [InlineData("pl-PL", "Anna Nowak", "Dzień dobry")]
    public async Task The_confirmation_has_the_reference_numbers_in_the_familys_language_and_a_German_copy(string tag, string name, string greeting)
    {
        using var data = new TempDirectory();
        var clock = new ManualClock(ManualClock.Start);
        await using var world = OutboxWorld.Create(data.Path, clock);
        var family = await world.CreateFamilyAsync(name, "family@example.org", tag);
        var release = await world.ReleaseAsync(family, "Mila", OutboxSamples.KitasInTown(world.Facilities, 2));
        var references = release.Registrations.Select(r => r.ReferenceNumber).ToList();
        Assert.Equal(2, references.Count);

        Assert.Equal(1, await world.Dispatcher.DispatchDueAsync(CancellationToken.None));

        var row = Assert.Single(world.OutboxRows());
        var eml = Assert.Single(world.PickedUp()).Value;
        EmlAssert.WellFormed(eml, row.Id, "family@example.org", $"{tag}, de-DE");
        var language = LanguageInfo.FromLocale(tag)!.Language;
        Assert.Equal(world.Texts.Get(TextId.EmailConfirmationSubject, language), eml.Subject);

        var office = world.Catalog.RouteFor(world.Catalog.FindTownById(OutboxSamples.TownId)!).Office.Name;
        TextArg[] args = [TextArg.Plain("name", name), TextArg.Plain("references", string.Join("\n", references)), TextArg.Plain("office", office)];
        var familyPart = world.Texts.Get(TextId.EmailConfirmationBody, language, args);
        var germanPart = world.Texts.Get(TextId.EmailConfirmationBody, Language.German, args);
        EmlAssert.InOrder(eml.Body, familyPart, germanPart);
        Assert.Contains(world.Texts.Get(TextId.EmailGermanCopy, language), eml.Body, StringComparison.Ordinal);
        Assert.Contains(world.Texts.Get(TextId.EmailConfirmationSubject, Language.German), eml.Body, StringComparison.Ordinal);
        Assert.StartsWith(greeting, eml.Body, StringComparison.Ordinal);
        Assert.Contains("Guten Tag " + name, eml.Body, StringComparison.Ordinal);
        Assert.Contains("Kreisjugendamt", office, StringComparison.Ordinal);
        Assert.All(references, reference =>
        {
            // Once in the family's language, once in the German copy.
            Assert.Equal(2, eml.Body.Split(reference).Length - 1);
        });
        Assert.Equal(2, eml.Body.Split(office).Length - 1);

        Assert.Equal("sent", world.OutboxRows()[0].State);
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await world.Dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Single(world.PickedUp());
    }

    [Fact]
    public async Task The_confirmation_names_the_jugendamt_of_the_familys_town()
    {
        using var data = new TempDirectory();
        await using var world = OutboxWorld.Create(data.Path, new ManualClock(ManualClock.Start));
        var family = await world.CreateFamilyAsync("Jonas Becker", "jonas@example.org", "de-DE");
        await world.ReleaseAsync(family, "Paul", OutboxSamples.KitasInTown(world.Facilities, 1));

        await world.Dispatcher.DispatchDueAsync(CancellationToken.None);

        var eml = Assert.Single(world.PickedUp()).Value;
        var route = Assert.IsType<PortalRoute>(world.Catalog.RouteFor(world.Catalog.FindTownById(OutboxSamples.TownId)!));
        Assert.EndsWith("Ihr Jugendamt: " + route.Office.Name, eml.Body, StringComparison.Ordinal);
        Assert.StartsWith("Guten Tag Jonas Becker,", eml.Body, StringComparison.Ordinal);
        Assert.Equal("de-DE", eml.Header("Content-Language"));
        Assert.DoesNotContain("――――", eml.Body, StringComparison.Ordinal);
    }
}
