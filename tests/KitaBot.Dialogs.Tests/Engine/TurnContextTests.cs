using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Protocol;
using KitaBot.Dialogs.Tests.Engine.Bot;
using KitaBot.Dialogs.Tests.Testing;
using Xunit;

namespace KitaBot.Dialogs.Tests.Engine;

public sealed class TurnContextTests
{
    private static TurnContext NewTurn()
    {
        var time = new ManualTimeProvider(EngineTestHost.Start);
        return new TurnContext(new TestConversation(time).Message("hi"), Language.English, time);
    }

    [Fact]
    public async Task Send_hooks_run_in_registration_order_around_the_buffer()
    {
        var turn = NewTurn();
        var log = new List<string>();
        turn.OnSendActivities(async (activities, next, _) =>
        {
            log.Add("first before");
            await next();
            log.Add($"first after ({turn.Replies.Count} buffered)");
        });
        turn.OnSendActivities(async (activities, next, _) =>
        {
            log.Add("second before");
            await next();
            log.Add("second after");
        });

        await turn.SendActivityAsync(new Activity { Text = "hello" }, CancellationToken.None);

        Assert.Equal(["first before", "second before", "second after", "first after (1 buffered)"], log);
        Assert.Equal(ActivityTypes.Message, Assert.Single(turn.Replies).Type);
        Assert.True(turn.Responded);
    }

    [Fact]
    public async Task A_send_hook_that_does_not_call_next_suppresses_the_activity()
    {
        var turn = NewTurn();
        turn.OnSendActivities((activities, next, _) => Task.CompletedTask);

        await turn.SendActivityAsync(new Activity { Text = "hidden" }, CancellationToken.None);

        Assert.Empty(turn.Replies);
        Assert.False(turn.Responded);
    }

    [Fact]
    public async Task Traces_are_buffered_but_do_not_count_as_a_response()
    {
        var turn = NewTurn();

        await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Name = "debug" }, CancellationToken.None);

        Assert.Single(turn.Replies);
        Assert.False(turn.Responded);
    }

    [Fact]
    public async Task Update_and_delete_hooks_run_in_order_and_then_change_the_buffer()
    {
        var turn = NewTurn();
        var log = new List<string>();
        turn.OnUpdateActivity(async (activity, next, _) =>
        {
            log.Add("update 1");
            await next();
        });
        turn.OnUpdateActivity(async (activity, next, _) =>
        {
            log.Add("update 2");
            await next();
        });
        turn.OnDeleteActivity(async (id, next, _) =>
        {
            log.Add($"delete {id}");
            await next();
        });

        await turn.SendActivityAsync(new Activity { Id = "r1", Text = "draft" }, CancellationToken.None);
        await turn.UpdateActivityAsync(new Activity { Id = "r1", Type = ActivityTypes.Message, Text = "final" }, CancellationToken.None);
        await turn.UpdateActivityAsync(new Activity { Id = "older", Text = "edited card" }, CancellationToken.None);
        await turn.DeleteActivityAsync("r1", CancellationToken.None);
        await turn.DeleteActivityAsync("older-2", CancellationToken.None);

        Assert.Equal(["update 1", "update 2", "update 1", "update 2", "delete r1", "delete older-2"], log);
        Assert.Collection(
            turn.Replies,
            update => Assert.Equal((ActivityTypes.MessageUpdate, "older", "edited card"), (update.Type, update.Id, update.Text)),
            tombstone => Assert.Equal((ActivityTypes.MessageDelete, "older-2"), (tombstone.Type, tombstone.Id)));
    }

    [Fact]
    public void Today_is_the_date_in_Berlin_not_on_the_server_clock()
    {
        // 23:30 UTC on 31 March is already 1 April in Berlin (summer time, UTC+2).
        var time = new ManualTimeProvider(new DateTimeOffset(2025, 3, 31, 23, 30, 0, TimeSpan.Zero), TimeZoneInfo.Utc);
        var turn = new TurnContext(new TestConversation(time).Message("hi"), Language.English, time);

        Assert.Equal(new DateOnly(2025, 4, 1), turn.Today);
    }
}
