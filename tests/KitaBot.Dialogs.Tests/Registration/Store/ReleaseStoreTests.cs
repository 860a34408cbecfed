using KitaBot.Dialogs.Tests.Registration.Host;
using KitaBot.Dialogs.Tests.Testing;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Model;
using Xunit;

namespace KitaBot.Dialogs.Tests.Registration.Store;

/// <summary>
/// After the release the portal's store holds exactly what the family confirmed in the conversation, the outbox
/// holds one confirmation, and a second "yes", a double click or a retried turn creates nothing twice.
/// </summary>
public sealed class ReleaseStoreTests
{
    private const string Email = "amira.haddad@example.org";

    private static async Task<FamilyOverview> OverviewAsync(RegistrationTestHost host)
    {
        var family = await host.Families.FindByEmailAsync(Email, CancellationToken.None);
        Assert.NotNull(family);
        return (await host.Families.GetOverviewAsync(family.Id, CancellationToken.None))!;
    }

    [Fact]
    public async Task The_store_holds_exactly_the_confirmed_answers_of_two_children()
    {
        await using var host = new RegistrationTestHost();
        var family = host.Drive("en-GB");
        await family.SayAsync([.. Families.WerlAccount(Email),
            "Omar", "Haddad", "yes", "01.09.2023", "1 August 2027", "45 hours", "no", "Yes, in a Kita", "-", "Both",
            "[town]", "no", "1", "yes", "closer to my work", "2", "no", "-", "[done]", "2",
            "I already know a childminder", "Maria Schulte", "Only in the afternoons",
            "yes",
            "Sara", "Haddad", "yes", "10.10.2025", "1 August 2027", "35 hours", "split", "yes", "yes"]);
        var consentAt = host.Time.GetUtcNow();
        await family.SayAsync("Sara has a heart condition", "no", "Omar, Kita in Werl", "Kita", "[town]", "no", "1", "-", "[done]", "no");
        family.AssertAsking("review.action");
        await family.SayAsync("Yes, release now", "yes");

        var overview = await OverviewAsync(host);
        Assert.Equal(
            new Family(overview.Family.Id, "Amira Haddad", Email, "+491701234567", new PostalAddress("Hauptstraße", "12", "59457", "werl", "Büderich"),
                "en-GB", overview.Family.CreatedAt, overview.Family.UpdatedAt),
            overview.Family);

        var children = overview.Children.OrderBy(c => c.Child.FirstName, StringComparer.Ordinal).ToList();
        Assert.Equal(2, children.Count);
        var (omar, sara) = (children[0], children[1]);
        Assert.Equal(new Child(omar.Child.Id, overview.Family.Id, "Omar", "Haddad", new ChildBirthDate(new DateOnly(2023, 9, 1), false), null), omar.Child);
        Assert.Equal(new Child(sara.Child.Id, overview.Family.Id, "Sara", "Haddad", new ChildBirthDate(new DateOnly(2025, 10, 10), false), "Omar, Kita in Werl"), sara.Child);

        var start = new DateOnly(2027, 8, 1);
        var change = new PlaceChange(null);
        Assert.Equal(
        [
            new RegistrationDetails(DistrictPortal.KreisSoest, CareType.Kita, "werl-awo-kita-villa-kunterbunt", 1, start, WeeklyHours.Hours45, null, null, null, null, null),
            new RegistrationDetails(DistrictPortal.KreisSoest, CareType.Kita, "werl-drk-kita-spatzennest", 2, start, WeeklyHours.Hours45, null, null, change, null, "closer to my work"),
            new RegistrationDetails(DistrictPortal.KreisSoest, CareType.Childminder, null, 3, start, WeeklyHours.Hours45, null, null, change,
                new ChildminderRequest(ChildminderContact.KnowsChildminder, "Maria Schulte", "Only in the afternoons"), "Only in the afternoons"),
        ], omar.Registrations.OrderBy(r => r.Details.Rank).Select(r => r.Details));
        Assert.Equal(
            new RegistrationDetails(DistrictPortal.KreisSoest, CareType.Kita, "werl-elterninitiative-rappelkiste-e-v", 1, start, WeeklyHours.Hours35,
                HoursPattern.Split, new InclusionNeed("Sara has a heart condition", consentAt), null, null, null),
            Assert.Single(sara.Registrations).Details);

        var all = overview.Children.SelectMany(c => c.Registrations).ToList();
        Assert.All(all, r => Assert.Equal(RegistrationStatus.Released, r.Status));
        var confirmation = Assert.Single(await host.Mailbox.ConfirmationsAsync());
        Assert.Equal((Email, "en-GB"), (confirmation.Message.Recipient, confirmation.Message.LanguageTag));
        Assert.Equal(all.Select(r => r.ReferenceNumber).Order(StringComparer.Ordinal), confirmation.Payload.ReferenceNumbers.Order(StringComparer.Ordinal));
        Assert.Equal(all.Select(r => r.ReferenceNumber).Order(StringComparer.Ordinal), host.Instrument.References.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_second_yes_after_the_release_creates_nothing()
    {
        await using var host = new RegistrationTestHost();
        var family = host.Drive("en-GB");
        await family.SayAsync([.. Families.WerlAccount(Email), .. Families.ChildUpToCareType, "Kita", "[town]", "no", "1", "-", "[done]", "no", "[release]"]);
        family.AssertAsking("review.confirmRelease");

        await family.SayAsync("[yes]");
        family.AssertAsking("menu");
        await family.SayAsync("[yes]");
        family.AssertAsking("menu");

        await AssertReleasedOnceAsync(host);
    }

    [Fact]
    public async Task A_double_click_on_yes_releases_once()
    {
        await using var host = new RegistrationTestHost();
        var family = host.Drive("en-GB");
        await family.SayAsync([.. Families.WerlAccount(Email), .. Families.ChildUpToCareType, "Kita", "[town]", "no", "1", "-", "[done]", "no", "[release]"]);
        family.AssertAsking("review.confirmRelease");

        var clicks = Turns.Of(family.Conversation, "[yes]", "[yes]");
        var outcomes = await Task.WhenAll(clicks.Select(click => host.Processor.ProcessAsync(click, CancellationToken.None)));

        Assert.Single(outcomes, o => o.Replies.Any(r => r.Text?.StartsWith("Done! Your registration is released.", StringComparison.Ordinal) == true));
        await AssertReleasedOnceAsync(host);
    }

    [Fact]
    public async Task A_release_turn_run_again_after_a_state_conflict_submits_once_and_tells_the_same_reference()
    {
        InterferingStateStore? interfering = null;
        await using var host = new RegistrationTestHost(wrapStateStore: real => interfering = new InterferingStateStore(real));
        var family = host.Drive("en-GB");
        await family.SayAsync([.. Families.WerlAccount(Email), .. Families.ChildUpToCareType, "Kita", "[town]", "no", "1", "-", "[done]", "no", "[release]"]);
        family.AssertAsking("review.confirmRelease");

        // Another instance touches the conversation while the release turn runs: its save fails and the whole
        // turn runs again on the state as stored, which still waits for this "yes".
        var conversationKey = $"{family.Conversation.ChannelId}/conversations/{family.Conversation.ConversationId}";
        var interfered = 0;
        interfering!.BeforeWrite = async key =>
        {
            if (key == conversationKey && Interlocked.Exchange(ref interfered, 1) == 0)
            {
                var stored = await interfering.Inner.ReadAsync(key, CancellationToken.None);
                await interfering.Inner.WriteAsync(key, stored!.Value, WriteCondition.Always, CancellationToken.None);
            }
        };
        await family.SayAsync("yes");

        Assert.Equal(1, interfered);
        var reference = Assert.Single(await AssertReleasedOnceAsync(host));
        Assert.Equal([reference], host.Instrument.References);
        Assert.Contains(family.Texts, text => text.StartsWith("KB-2026-#1: Lina – ", StringComparison.Ordinal));
        family.AssertAsking("menu");
    }

    private static async Task<IReadOnlyList<string>> AssertReleasedOnceAsync(RegistrationTestHost host)
    {
        var registration = Assert.Single(Assert.Single((await OverviewAsync(host)).Children).Registrations);
        Assert.Equal(1, await host.CountAsync("select count(*) from registrations"));
        Assert.Equal(1, await host.CountAsync("select count(*) from children"));
        Assert.Equal(1, await host.CountAsync("select count(*) from outbox where kind = 'confirmation-email'"));
        var confirmation = Assert.Single(await host.Mailbox.ConfirmationsAsync());
        Assert.Equal([registration.ReferenceNumber], confirmation.Payload.ReferenceNumbers);
        return confirmation.Payload.ReferenceNumbers;
    }
}
