using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Protocol;
using KitaBot.Dialogs.Tests.Engine.Bot;
using Xunit;

namespace KitaBot.Dialogs.Tests.Engine;

public sealed class DialogLifecycleTests
{
    [Fact]
    public async Task Begin_continue_and_end_run_the_waterfall_through_the_nested_one()
    {
        var host = new EngineTestHost(MainSteps.Id);

        await host.Flow()
            .Send("hi").AssertReply("How are you?")
            .Send("fine").AssertReply("What is your name?")
            .Send("Anna").AssertReply("Which city do you live in?")
            .Send("Soest").AssertReply("Any comment?")
            .Send("none").AssertReply("Done: main complete")
            .AssertNoReply()
            .StartTestAsync();

        var state = await host.ReadStateAsync();
        Assert.Equal(("fine", "Anna", "Soest", "none"), (state.Greeting, state.Name, state.City, state.Comment));
        Assert.Empty(state.Dialogs.Stack);
    }

    [Fact]
    public async Task Prompts_expect_input_and_carry_locale_slot_and_input_kind()
    {
        var host = new EngineTestHost(ProfileSteps.Id);

        await host.Flow()
            .Send("hi")
            .AssertReply(reply =>
            {
                Assert.Equal(ActivityTypes.Message, reply.Type);
                Assert.Equal("What is your name?", reply.Text);
                Assert.Equal(InputHints.ExpectingInput, reply.InputHint);
                Assert.Equal("en-GB", reply.Locale);
                Assert.Contains("What is your name?", reply.Speak, StringComparison.Ordinal);
                var kitabot = reply.ChannelData!.Value.GetProperty("kitabot");
                Assert.Equal("profile.name", kitabot.GetProperty("slot").GetString());
                Assert.Equal("text", kitabot.GetProperty("inputKind").GetString());
                Assert.Equal(host.Conversation.User.Id, reply.Recipient!.Id);
                Assert.Equal("1", reply.ReplyToId);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_message_on_an_empty_stack_begins_the_root_and_other_activities_do_not()
    {
        var host = new EngineTestHost(ProfileSteps.Id);

        await host.Flow()
            .Send(host.Conversation.ConversationUpdate()).AssertNoReply()
            .Send(host.Conversation.OfType(ActivityTypes.Event)).AssertNoReply()
            .Send("hi").AssertReply("What is your name?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_all_empties_the_stack_and_the_next_message_starts_over()
    {
        var host = new EngineTestHost(MainSteps.Id);

        await host.Flow()
            .Send("hi").AssertReply("How are you?")
            .Send("fine").AssertReply("What is your name?")
            .Send("cancel").AssertReply("Cancelled.")
            .StartTestAsync();
        Assert.Empty((await host.ReadStateAsync()).Dialogs.Stack);

        await host.Flow().Send("again").AssertReply("How are you?").StartTestAsync();
    }

    [Fact]
    public async Task Cancel_all_inside_a_component_clears_its_inner_stack_too()
    {
        var host = new EngineTestHost(FamilySteps.Id);

        await host.Flow()
            .Send("hi").AssertReply("What is the parent's name?")
            .Send("Olena").AssertReply("What is your child's name?")
            .StartTestAsync();
        var inner = (await host.ReadStateAsync()).Dialogs.Stack.Single(i => i.Id == ChildComponent.ComponentId).Inner;
        Assert.Equal([ChildSteps.Id, ChildComponent.InnerPrompt], inner!.Stack.Select(i => i.Id));

        await host.Flow().Send("cancel").AssertReply("Cancelled.").StartTestAsync();
        Assert.Empty((await host.ReadStateAsync()).Dialogs.Stack);
    }

    [Fact]
    public async Task Replace_dialog_loops_without_growing_the_stack()
    {
        var host = new EngineTestHost(LoopSteps.Id);

        await host.Flow()
            .Send("start").AssertReply("Item 1? Say done to finish.")
            .Send("apple").AssertReply("Item 2? Say done to finish.")
            .Send("pear").AssertReply("Item 3? Say done to finish.")
            .StartTestAsync();
        Assert.Equal([LoopSteps.Id, EngineTestDialogs.TextPrompt], (await host.ReadStateAsync()).Dialogs.Stack.Select(i => i.Id));

        await host.Flow().Send("done").AssertReply("Done: apple, pear").StartTestAsync();
        Assert.Empty((await host.ReadStateAsync()).Dialogs.Stack);
    }

    [Fact]
    public async Task NextAsync_skips_a_question_whose_answer_is_known()
    {
        var host = new EngineTestHost(SkipSteps.SkipId);

        await host.Flow()
            .Send("hi").AssertReply("What is your name?")
            .Send("Anna").AssertReply("Hello Anna.").AssertReply("Done: ")
            .Send("again").AssertReply("Hello Anna.").AssertReply("Done: ")
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task NextAsync_may_be_called_once_per_step()
    {
        var host = new EngineTestHost(SkipSteps.TwiceId);

        await host.Flow()
            .Send("hi").AssertReply(TestTexts.En(TextId.ErrorApology))
            .AssertNoReply()
            .StartTestAsync();

        var error = Assert.IsType<InvalidOperationException>(Assert.Single(host.Bot.Errors));
        Assert.Contains("NextAsync was already called in step 'SkipTwiceAsync'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_language_switch_asks_the_pending_question_again_in_the_new_language()
    {
        var host = new EngineTestHost(ProfileSteps.Id);

        await host.Flow()
            .Send("hi").AssertReply("What is your name?")
            .Send("deutsch").AssertReply(reply => Assert.Equal(("What is your name?", "de-DE"), (reply.Text, reply.Locale)))
            .Send("   ").AssertReply(reply => Assert.StartsWith(TestTexts.De(TextId.PromptNotUnderstood), reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }
}
