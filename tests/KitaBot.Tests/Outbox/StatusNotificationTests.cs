using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Notifications;
using KitaBot.Dialogs.Protocol;
using KitaBot.Storage.Model;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace KitaBot.Tests.Outbox;

/// <summary>A staff status change reaches the family by e-mail and, when it chatted before, in its last conversation.</summary>
public sealed class StatusNotificationTests
{
    private static readonly DateOnly Deadline = new(2026, 3, 16);

    [Fact]
    public async Task An_offer_goes_out_by_e_mail_and_into_the_remembered_conversation_in_Arabic_once()
    {
        using var data = new TempDirectory();
        var clock = new ManualClock(ManualClock.Start);
        var channel = new RecordingChannelDelivery();
        await using var world = CreateWorld(data, clock, channel);
        var (family, registration, facilityName) = await ReleasedFamilyAsync(world, "ar-SA");
        await world.Conversations.RememberAsync(family.Id, OutboxSamples.Conversation("conversation-7"), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(1));

        await OfferAsync(world, registration);
        Assert.Equal(1, await world.Dispatcher.DispatchDueAsync(CancellationToken.None));

        var news = new StatusNews(registration.ReferenceNumber, RegistrationStatus.Offered, Deadline, facilityName);
        var notifications = world.Get<StatusNotificationTexts>();
        var arabic = world.Texts.Render(notifications.Message(news, Language.Arabic), Language.Arabic);
        var german = world.Texts.Render(notifications.Message(news, Language.German), Language.German);

        // The e-mail: Arabic first, then the German copy for the Kita.
        var statusRow = world.OutboxRows()[1];
        var eml = world.PickedUp()[$"{statusRow.Id:N}.eml"];
        EmlAssert.WellFormed(eml, statusRow.Id, "family@example.org", "ar-SA, de-DE");
        Assert.Equal(world.Texts.Get(TextId.EmailStatusSubject, Language.Arabic, TextArg.Reference("reference", registration.ReferenceNumber)), eml.Subject);
        EmlAssert.InOrder(eml.Body, arabic.Text, german.Text);
        Assert.Contains(facilityName, german.Text, StringComparison.Ordinal);
        Assert.Contains("16. März 2026", german.Text, StringComparison.Ordinal);
        Assert.Contains("16 مارس 2026", arabic.Text, StringComparison.Ordinal);
        Assert.Contains("Platzzusage", german.Text, StringComparison.Ordinal);

        // The chat message: from the bot to the family's user in its conversation, text and speech in Arabic.
        var (reference, activity) = Assert.Single(channel.Delivered);
        Assert.Equal("conversation-7", reference.Conversation!.Id);
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(OutboxSamples.TestChannel, activity.ChannelId);
        Assert.Equal("conversation-7", activity.Conversation!.Id);
        Assert.Equal("kitabot", activity.From!.Id);
        Assert.Equal("user-conversation-7", activity.Recipient!.Id);
        Assert.Equal(arabic.Text, activity.Text);
        Assert.Equal("ar-SA", activity.Locale);
        Assert.Equal(InputHints.AcceptingInput, activity.InputHint);
        Assert.StartsWith("<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"ar-SA\"><voice name=\"ar-SA-ZariyahNeural\">", activity.Speak, StringComparison.Ordinal);
        Assert.EndsWith(arabic.SpeakSsml + "</voice></speak>", activity.Speak, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(0, await world.Dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Single(channel.Delivered);
        Assert.Equal(2, world.PickedUp().Count);
        Assert.All(world.OutboxRows(), row => Assert.Equal("sent", row.State));
    }

    [Fact]
    public async Task A_family_that_never_chatted_gets_the_news_by_e_mail_only()
    {
        using var data = new TempDirectory();
        var channel = new RecordingChannelDelivery();
        await using var world = CreateWorld(data, new ManualClock(ManualClock.Start), channel);
        var (_, registration, facilityName) = await ReleasedFamilyAsync(world, "pl-PL");

        var waitlisted = await world.Registrations.ChangeStatusAsync(
            new StatusChangeRequest(registration.Id, registration.RowVersion, RegistrationStatus.OnWaitlist, Actor.ForStaff("staff-17"), null, null),
            CancellationToken.None);
        Assert.Equal(StatusChangeOutcome.Changed, waitlisted.Outcome);
        Assert.Equal(1, await world.Dispatcher.DispatchDueAsync(CancellationToken.None));

        Assert.Empty(channel.Delivered);
        var news = new StatusNews(registration.ReferenceNumber, RegistrationStatus.OnWaitlist, null, facilityName);
        var polish = world.Texts.Render(world.Get<StatusNotificationTexts>().Message(news, Language.Polish), Language.Polish).Text;
        var eml = Assert.Single(world.PickedUp().Values, e => e.Body.StartsWith(polish, StringComparison.Ordinal));
        Assert.Contains("Warteliste", eml.Body, StringComparison.Ordinal);
        Assert.All(world.OutboxRows(), row => Assert.Equal("sent", row.State));
    }

    [Fact]
    public async Task When_the_chat_fails_the_retry_delivers_the_chat_message_without_a_second_e_mail()
    {
        using var data = new TempDirectory();
        var clock = new ManualClock(ManualClock.Start);
        var channel = new RecordingChannelDelivery();
        await using var world = CreateWorld(data, clock, channel);
        var (family, registration, _) = await ReleasedFamilyAsync(world, "ar-SA");
        await world.Conversations.RememberAsync(family.Id, OutboxSamples.Conversation("conversation-9"), CancellationToken.None);
        await OfferAsync(world, registration);
        channel.RefuseNext(1);
        var firstPass = clock.GetUtcNow();

        Assert.Equal(1, await world.Dispatcher.DispatchDueAsync(CancellationToken.None));

        Assert.Empty(channel.Delivered);
        var failed = Assert.Single(world.OutboxRows(), row => row.State == "pending");
        Assert.Equal(("HttpRequestException", 1), (failed.LastError, failed.Attempts));
        var emailDate = world.PickedUp()[$"{failed.Id:N}.eml"].Header("Date");
        Assert.Equal(0, await world.Dispatcher.DispatchDueAsync(CancellationToken.None));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await world.Dispatcher.DispatchDueAsync(CancellationToken.None));

        Assert.Single(channel.Delivered);
        // The e-mail file was written once, at the first pass: the retry did not send it again.
        Assert.Equal(emailDate, world.PickedUp()[$"{failed.Id:N}.eml"].Header("Date"));
        Assert.Equal(firstPass.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", System.Globalization.CultureInfo.InvariantCulture), emailDate);
        var sent = Assert.Single(world.OutboxRows(), row => row.Id == failed.Id);
        Assert.Equal(("sent", 2), (sent.State, sent.Attempts));
        Assert.Null(await world.Get<KitaBot.Storage.Abstractions.IStateStore>().ReadAsync(KitaBot.Outbox.DeliveryMarkers.Key(failed.Id, KitaBot.Outbox.DeliveryPart.Email), CancellationToken.None));
    }

    private static OutboxWorld CreateWorld(TempDirectory data, ManualClock clock, RecordingChannelDelivery channel) =>
        OutboxWorld.Create(data.Path, clock, configure: services => services.AddSingleton<KitaBot.Dialogs.Engine.IChannelDelivery>(channel));

    /// <summary>A family with one released Kita registration whose confirmation is already sent.</summary>
    private static async Task<(Family Family, Registration Registration, string FacilityName)> ReleasedFamilyAsync(OutboxWorld world, string languageTag)
    {
        var family = await world.CreateFamilyAsync("Layla Haddad", "family@example.org", languageTag);
        var facilityId = OutboxSamples.KitasInTown(world.Facilities, 1)[0];
        var release = await world.ReleaseAsync(family, "Mila", facilityId);
        Assert.Equal(1, await world.Dispatcher.DispatchDueAsync(CancellationToken.None));
        var registration = await world.Registrations.FindByReferenceAsync(release.Registrations[0].ReferenceNumber, CancellationToken.None);
        return (family, registration!, world.Facilities.Find(facilityId)!.Name);
    }

    private static async Task OfferAsync(OutboxWorld world, Registration registration)
    {
        var offered = await world.Registrations.ChangeStatusAsync(
            new StatusChangeRequest(registration.Id, registration.RowVersion, RegistrationStatus.Offered, Actor.ForStaff("staff-17"), null, Deadline),
            CancellationToken.None);
        Assert.Equal(StatusChangeOutcome.Changed, offered.Outcome);
    }
}
