using System.Text;
using System.Text.Json;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Tests.Engine.Bot;
using KitaBot.Dialogs.Tests.Testing;
using KitaBot.Storage.Abstractions;
using Xunit;

namespace KitaBot.Dialogs.Tests.Engine;

public sealed class TurnPipelineTests
{
    private static byte[] StateWithCounter(int counter) =>
        JsonSerializer.SerializeToUtf8Bytes(new EngineTestState { Counter = counter }, EngineTestJson.Default.EngineTestState);

    [Fact]
    public async Task A_concurrent_write_between_read_and_save_reruns_the_whole_turn_on_the_fresh_state()
    {
        var store = new InterferingStateStore(new InMemoryStateStore());
        var host = new EngineTestHost(ProfileSteps.Id, store: store);
        store.AfterRead = async (key, number) =>
        {
            if (number == 1)
            {
                // Another instance saves the conversation after this turn read it.
                Assert.NotNull(await store.Inner.WriteAsync(key, StateWithCounter(100), WriteCondition.Always, CancellationToken.None));
            }
        };

        var outcome = await host.Pipeline.ProcessAsync(host.Conversation.Message("count"), CancellationToken.None);

        // Only the second attempt's reply is delivered, and it was computed from the other writer's state.
        Assert.Equal(2, store.Reads);
        Assert.Equal(["count 101"], outcome.Replies.Select(r => r.Text));
        Assert.Equal(101, (await host.ReadStateAsync()).Counter);
        Assert.Empty(host.Bot.Errors);
    }

    [Fact]
    public async Task A_conflict_over_an_existing_state_is_detected_by_its_etag()
    {
        var store = new InterferingStateStore(new InMemoryStateStore());
        var host = new EngineTestHost(ProfileSteps.Id, store: store);
        await host.Pipeline.ProcessAsync(host.Conversation.Message("count"), CancellationToken.None);
        store.AfterRead = async (key, number) =>
        {
            if (number == 2)
            {
                await store.Inner.WriteAsync(key, StateWithCounter(10), WriteCondition.Always, CancellationToken.None);
            }
        };

        var outcome = await host.Pipeline.ProcessAsync(host.Conversation.Message("count"), CancellationToken.None);

        Assert.Equal(["count 11"], outcome.Replies.Select(r => r.Text));
        Assert.Equal(11, (await host.ReadStateAsync()).Counter);
    }

    [Fact]
    public async Task When_every_attempt_conflicts_the_error_handler_gets_a_state_conflict_and_nothing_of_the_turn_is_saved()
    {
        var store = new InterferingStateStore(new InMemoryStateStore());
        var host = new EngineTestHost(ProfileSteps.Id, store: store, maxAttempts: 3);
        store.AfterRead = (key, number) => store.Inner.WriteAsync(key, StateWithCounter(1000 + number), WriteCondition.Always, CancellationToken.None);

        var outcome = await host.Pipeline.ProcessAsync(host.Conversation.Message("count"), CancellationToken.None);

        Assert.Equal(3, store.Reads);
        Assert.IsType<StateConflictException>(Assert.Single(host.Bot.Errors));
        Assert.Equal([TestTexts.En(TextId.BusyTryAgain)], outcome.Replies.Select(r => r.Text));
        Assert.Equal(1003, (await host.ReadStateAsync()).Counter);
    }

    [Fact]
    public async Task A_failing_save_delivers_no_reply()
    {
        var store = new InterferingStateStore(new InMemoryStateStore())
        {
            BeforeWrite = _ => throw new IOException("The disk is full."),
        };
        var host = new EngineTestHost(ProfileSteps.Id, store: store);

        await Assert.ThrowsAsync<IOException>(() => host.Pipeline.ProcessAsync(host.Conversation.Message("hi"), CancellationToken.None));

        Assert.Null(await store.Inner.ReadAsync(host.StateKey, CancellationToken.None));
    }

    [Fact]
    public async Task Replies_are_returned_only_once_the_state_is_saved()
    {
        var store = new InterferingStateStore(new InMemoryStateStore());
        var middleware = new RecordingMiddleware();
        var host = new EngineTestHost(ProfileSteps.Id, store: store, middleware: [middleware]);
        var sentBeforeSave = -1;
        store.BeforeWrite = _ =>
        {
            sentBeforeSave = middleware.Sent.Count;
            return Task.CompletedTask;
        };

        var outcome = await host.Pipeline.ProcessAsync(host.Conversation.Message("hi"), CancellationToken.None);

        // The reply went through the send hooks into the buffer before the save, and came out after it.
        Assert.Equal(1, sentBeforeSave);
        Assert.Equal(["What is your name?"], outcome.Replies.Select(r => r.Text));
        Assert.NotNull(await store.Inner.ReadAsync(host.StateKey, CancellationToken.None));
    }

    [Fact]
    public async Task A_bot_exception_calls_the_error_handler_and_discards_the_failed_replies()
    {
        var host = new EngineTestHost(ProfileSteps.Id);
        await host.Flow().Send("hi").AssertReply("What is your name?").StartTestAsync();

        await host.Flow()
            .Send("fail").AssertReply(TestTexts.En(TextId.ErrorApology))
            .AssertNoReply()
            .StartTestAsync();

        Assert.IsType<InvalidOperationException>(Assert.Single(host.Bot.Errors));
        Assert.Empty((await host.ReadStateAsync()).Dialogs.Stack);
    }

    [Fact]
    public async Task The_error_apology_is_in_the_conversations_language()
    {
        var host = new EngineTestHost(ProfileSteps.Id);
        host.Conversation.Locale = "uk-UA";

        await host.Flow()
            .Send("fail").AssertReply(reply =>
            {
                Assert.Equal(TestTexts.Catalog.Get(TextId.ErrorApology, Language.Ukrainian), reply.Text);
                Assert.Equal("uk-UA", reply.Locale);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("[1,2,3]")]
    [InlineData("\"a string\"")]
    [InlineData("null")]
    [InlineData("{\"counter\":\"many\"}")]
    [InlineData("{\"language\":\"Klingon\"}")]
    [InlineData("{\"dialogs\":{\"stack\":[{\"id\":\"profile\"}]}}")]
    [InlineData("{\"dialogs\":{\"stack\":[{\"$type\":\"KitaBot.Old, KitaBot\",\"id\":\"profile\",\"version\":\"x\",\"attempts\":1e400}]}}")]
    [InlineData("{\"dialogs\":")]
    public async Task Unreadable_stored_state_starts_a_fresh_conversation(string stored)
    {
        var host = new EngineTestHost(ProfileSteps.Id);
        await host.Store.WriteAsync(host.StateKey, Encoding.UTF8.GetBytes(stored), WriteCondition.Always, CancellationToken.None);

        await host.Flow().Send("hi").AssertReply("What is your name?").StartTestAsync();

        Assert.Empty(host.Bot.Errors);
        Assert.Equal(["profile", "name"], (await host.ReadStateAsync()).Dialogs.Stack.Select(i => i.Id));
    }

    [Fact]
    public async Task Stored_state_that_is_not_utf8_starts_a_fresh_conversation()
    {
        var host = new EngineTestHost(ProfileSteps.Id);
        byte[] invalid = [.. "{\"name\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8];
        await host.Store.WriteAsync(host.StateKey, invalid, WriteCondition.Always, CancellationToken.None);

        await host.Flow().Send("hi").AssertReply("What is your name?").StartTestAsync();

        Assert.Empty(host.Bot.Errors);
    }

    [Fact]
    public async Task Fifty_concurrent_turns_on_one_conversation_lose_no_update()
    {
        var host = new EngineTestHost(ProfileSteps.Id);
        var activities = Enumerable.Range(0, 50).Select(_ => host.Conversation.Message("count")).ToArray();

        var outcomes = await Task.WhenAll(activities.Select(a => Task.Run(() => host.Pipeline.ProcessAsync(a, CancellationToken.None))));

        Assert.Equal(50, (await host.ReadStateAsync()).Counter);
        var replies = outcomes.Select(o => o.Replies.Single().Text!).ToHashSet(StringComparer.Ordinal);
        Assert.True(replies.SetEquals(Enumerable.Range(1, 50).Select(n => $"count {n}")));
        Assert.Empty(host.Bot.Errors);
    }

    [Fact]
    public async Task Two_instances_over_one_store_lose_no_update_thanks_to_etags()
    {
        var first = new EngineTestHost(ProfileSteps.Id, maxAttempts: 60);
        var second = new EngineTestHost(ProfileSteps.Id, store: first.Store, conversation: first.Conversation, maxAttempts: 60);
        var turns = Enumerable.Range(0, 50)
            .Select(i => (Pipeline: i % 2 == 0 ? first.Pipeline : second.Pipeline, Activity: first.Conversation.Message("count")))
            .ToArray();

        await Task.WhenAll(turns.Select(t => Task.Run(() => t.Pipeline.ProcessAsync(t.Activity, CancellationToken.None))));

        // Each instance serialises its own turns; across instances only the conditional save prevents lost updates.
        Assert.Equal(50, (await first.ReadStateAsync()).Counter);
        Assert.Empty(first.Bot.Errors);
        Assert.Empty(second.Bot.Errors);
    }

    [Fact]
    public async Task Middleware_runs_in_order_around_the_bot_and_its_send_hooks_see_the_replies()
    {
        var log = new List<string>();
        var outer = new RecordingMiddleware("outer", log);
        var inner = new RecordingMiddleware("inner", log);
        var host = new EngineTestHost(ProfileSteps.Id, middleware: [outer, inner]);

        var outcome = await host.Pipeline.ProcessAsync(host.Conversation.Message("hi"), CancellationToken.None);

        Assert.Equal(["outer before", "inner before", "outer send", "inner send", "inner after", "outer after"], log);
        Assert.Equal("What is your name?", outcome.Replies.Single().Text);
    }
}
