using KitaBot.Dialogs.Protocol;
using KitaBot.Storage.Catalog;
using KitaBot.Storage.Model;

namespace KitaBot.Tests.Outbox;

/// <summary>Realistic inputs: a Kreis Soest town with its Kitas from the shipped catalog.</summary>
internal static class OutboxSamples
{
    public const string TownId = "bad-sassendorf";

    /// <summary>The channel id of <see cref="RecordingChannelDelivery"/>.</summary>
    public const string TestChannel = "kitabot-test";

    public static RegistrationDetails Kita(string facilityId, int rank) =>
        new(DistrictPortal.KreisSoest, CareType.Kita, facilityId, rank, new DateOnly(2026, 8, 1), WeeklyHours.Hours45, null, null, null, null, null);

    public static string[] KitasInTown(IFacilityDirectory facilities, int count) =>
        [.. facilities.All.Where(f => f.TownId == TownId).Take(count).Select(f => f.Id)];

    public static ConversationReference Conversation(string conversationId) => new()
    {
        ActivityId = "activity-1",
        ChannelId = TestChannel,
        ServiceUrl = "urn:kitabot:test",
        Conversation = new ConversationAccount { Id = conversationId },
        User = new ChannelAccount { Id = "user-" + conversationId, Role = RoleTypes.User },
        Bot = new ChannelAccount { Id = "kitabot", Name = "KitaBot", Role = RoleTypes.Bot },
        Locale = "ar-SA",
    };
}
