using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Tests.Engine.Bot;
using Xunit;

namespace KitaBot.Dialogs.Tests.Engine;

/// <summary>
/// A deploy changes a waterfall while a conversation waits in it: the section restarts from its first question
/// and the user is told, instead of resuming at a step that no longer means the same.
/// </summary>
public sealed class VersionMismatchTests
{
    private static async Task<EngineTestHost> WaitingInProfileAsync(string root)
    {
        var before = new EngineTestHost(root);
        var flow = before.Flow();
        if (root == MainSteps.Id)
        {
            flow.Send("hi").AssertReply("How are you?").Send("fine");
        }
        else
        {
            flow.Send("hi");
        }

        await flow.AssertReply("What is your name?")
            .Send("Anna").AssertReply("Which city do you live in?")
            .StartTestAsync();
        return before;
    }

    [Fact]
    public async Task A_renamed_step_restarts_the_waterfall_and_says_so()
    {
        var before = await WaitingInProfileAsync(ProfileSteps.Id);
        var after = new EngineTestHost(ProfileSteps.Id, ProfileVariant.RenamedStep, before.Store, before.Conversation);

        await after.Flow()
            .Send("Soest")
            .AssertReply(TestTexts.En(TextId.SectionRestarted))
            .AssertReply("What is your full name?")
            .AssertNoReply()
            .Send("Anna Schmidt").AssertReply("Which city do you live in?")
            .Send("Soest").AssertReply("Done: Anna Schmidt in Soest")
            .StartTestAsync();

        Assert.Empty(after.Bot.Errors);
    }

    [Fact]
    public async Task Reordered_steps_restart_the_waterfall_at_its_new_first_question()
    {
        var before = await WaitingInProfileAsync(ProfileSteps.Id);
        var after = new EngineTestHost(ProfileSteps.Id, ProfileVariant.Reordered, before.Store, before.Conversation);

        await after.Flow()
            .Send("Soest")
            .AssertReply(TestTexts.En(TextId.SectionRestarted))
            .AssertReply("Which city do you live in?")
            .AssertNoReply()
            .StartTestAsync();

        var state = await after.ReadStateAsync();
        Assert.Equal("AskCityAsync", state.Dialogs.Stack[0].Step);
        Assert.Equal(new ProfileSteps(state).Create(ProfileVariant.Reordered).Version, state.Dialogs.Stack[0].Version);
    }

    [Fact]
    public async Task A_changed_nested_waterfall_restarts_only_its_section_and_the_parent_goes_on()
    {
        var before = await WaitingInProfileAsync(MainSteps.Id);
        var after = new EngineTestHost(MainSteps.Id, ProfileVariant.RenamedStep, before.Store, before.Conversation);

        await after.Flow()
            .Send("Soest")
            .AssertReply(TestTexts.En(TextId.SectionRestarted))
            .AssertReply("What is your full name?")
            .Send("Anna").AssertReply("Which city do you live in?")
            .Send("Soest").AssertReply("Any comment?")
            .StartTestAsync();

        Assert.Equal("fine", (await after.ReadStateAsync()).Greeting);
    }

    [Fact]
    public async Task A_dialog_id_that_no_longer_exists_restarts_its_parent()
    {
        var before = await WaitingInProfileAsync(MainSteps.Id);
        var after = new EngineTestHost(MainSteps.Id, ProfileVariant.Missing, before.Store, before.Conversation);

        await after.Flow()
            .Send("Soest")
            .AssertReply(TestTexts.En(TextId.SectionRestarted))
            .AssertReply("How are you?")
            .AssertNoReply()
            .StartTestAsync();

        Assert.Equal(["main", "text"], (await after.ReadStateAsync()).Dialogs.Stack.Select(i => i.Id));
        Assert.Empty(after.Bot.Errors);
    }

    [Fact]
    public async Task A_missing_root_dialog_clears_the_stack_and_the_bot_begins_afresh()
    {
        var before = await WaitingInProfileAsync(ProfileSteps.Id);
        var after = new EngineTestHost(MainSteps.Id, ProfileVariant.Missing, before.Store, before.Conversation);

        await after.Flow()
            .Send("Soest")
            .AssertReply(TestTexts.En(TextId.SectionRestarted))
            .AssertReply("How are you?")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_same_deploy_resumes_without_a_restart()
    {
        var before = await WaitingInProfileAsync(ProfileSteps.Id);
        var again = new EngineTestHost(ProfileSteps.Id, ProfileVariant.Original, before.Store, before.Conversation);

        await again.Flow()
            .Send("Soest").AssertReply("Done: Anna in Soest")
            .AssertNoReply()
            .StartTestAsync();
    }
}
