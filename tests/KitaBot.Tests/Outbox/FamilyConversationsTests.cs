using KitaBot.Dialogs.Notifications;
using KitaBot.Storage.Abstractions;
using Xunit;

namespace KitaBot.Tests.Outbox;

/// <summary>The family's last conversation is kept in the real state store, written only when it changes.</summary>
public sealed class FamilyConversationsTests
{
    [Fact]
    public async Task The_latest_conversation_is_remembered_without_a_write_per_turn()
    {
        using var data = new TempDirectory();
        await using var world = OutboxWorld.Create(data.Path, new ManualClock(ManualClock.Start));
        var store = world.Get<IStateStore>();
        var familyId = Guid.NewGuid();
        Assert.Null(await world.Conversations.FindAsync(familyId, CancellationToken.None));

        await world.Conversations.RememberAsync(familyId, OutboxSamples.Conversation("first"), CancellationToken.None);
        var stored = await store.ReadAsync($"families/{familyId:N}/conversation", CancellationToken.None);
        Assert.NotNull(stored);

        // The next turn of the same conversation (another activity id) leaves the stored value alone.
        var nextTurn = OutboxSamples.Conversation("first");
        nextTurn.ActivityId = "activity-2";
        await world.Conversations.RememberAsync(familyId, nextTurn, CancellationToken.None);
        Assert.Equal(stored.ETag, (await store.ReadAsync(FamilyConversations.Key(familyId), CancellationToken.None))!.ETag);

        var found = await world.Conversations.FindAsync(familyId, CancellationToken.None);
        Assert.Equal("first", found!.Conversation!.Id);
        Assert.Equal(OutboxSamples.TestChannel, found.ChannelId);
        Assert.Equal("user-first", found.User!.Id);
        Assert.Equal("kitabot", found.Bot!.Id);
        Assert.Null(found.ActivityId);

        await world.Conversations.RememberAsync(familyId, OutboxSamples.Conversation("second"), CancellationToken.None);
        Assert.Equal("second", (await world.Conversations.FindAsync(familyId, CancellationToken.None))!.Conversation!.Id);
        Assert.Null(await world.Conversations.FindAsync(Guid.NewGuid(), CancellationToken.None));

        Assert.True(await world.Conversations.ForgetAsync(familyId, CancellationToken.None));
        Assert.Null(await world.Conversations.FindAsync(familyId, CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_turns_of_two_conversations_leave_one_of_them_remembered()
    {
        using var data = new TempDirectory();
        await using var world = OutboxWorld.Create(data.Path, new ManualClock(ManualClock.Start));
        var familyId = Guid.NewGuid();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            world.Conversations.RememberAsync(familyId, OutboxSamples.Conversation(i % 2 == 0 ? "phone" : "laptop"), CancellationToken.None))));

        var remembered = (await world.Conversations.FindAsync(familyId, CancellationToken.None))!.Conversation!.Id;
        Assert.True(remembered is "phone" or "laptop");
    }
}
