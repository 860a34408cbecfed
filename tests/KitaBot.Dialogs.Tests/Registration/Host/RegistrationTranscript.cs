using KitaBot.Dialogs.Tests.Testing;
using KitaBot.Storage.Model;
using Xunit;

namespace KitaBot.Dialogs.Tests.Registration.Host;

/// <summary>
/// Runs a golden registration transcript under <c>Transcripts/Registration/</c> against a fresh real bot, then checks
/// that what the family was told matches the store: the family's registrations on the expected portal, one
/// confirmation e-mail carrying exactly the reference numbers the bot showed.
/// </summary>
public static class RegistrationTranscript
{
    public const string Code = TranscriptInstrument.CodeMarker;

    /// <summary>Replays (or records) the transcript; <paramref name="userTurns"/> are used only to record a new one.</summary>
    public static async Task<RegistrationTestHost> RunAsync(string name, string locale, Func<TestConversation, IReadOnlyList<Protocol.Activity>> userTurns)
    {
        var host = new RegistrationTestHost();
        var conversation = host.Conversation(locale, name);
        await new TranscriptRunner(host.Processor).RunAsync("Registration/" + name, userTurns(conversation));
        return host;
    }

    /// <summary>Asserts the release in the store and the outbox; returns the family's overview for further checks.</summary>
    public static async Task<FamilyOverview> AssertReleasedAsync(RegistrationTestHost host, string email, DistrictPortal portal, int registrations)
    {
        var family = await host.Families.FindByEmailAsync(email, CancellationToken.None);
        Assert.NotNull(family);
        var overview = await host.Families.GetOverviewAsync(family.Id, CancellationToken.None);
        Assert.NotNull(overview);
        var all = overview.Children.SelectMany(c => c.Registrations).ToList();
        Assert.Equal(registrations, all.Count);
        Assert.All(all, r => Assert.Equal(portal, r.Details.Portal));
        Assert.All(all, r => Assert.Equal(RegistrationStatus.Released, r.Status));

        var confirmation = Assert.Single(await host.Mailbox.ConfirmationsAsync());
        Assert.Equal(email, confirmation.Message.Recipient, ignoreCase: true);
        Assert.Equal(all.Select(r => r.ReferenceNumber).Order(StringComparer.Ordinal), confirmation.Payload.ReferenceNumbers.Order(StringComparer.Ordinal));
        Assert.Equal(all.Select(r => r.ReferenceNumber).Order(StringComparer.Ordinal), host.Instrument.References.Order(StringComparer.Ordinal));
        return overview;
    }
}
