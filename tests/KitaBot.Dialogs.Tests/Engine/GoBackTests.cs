using KitaBot.Dialogs.Tests.Engine.Bot;
using Xunit;

namespace KitaBot.Dialogs.Tests.Engine;

/// <summary>"Back" through <c>DialogContext.GoBackAsync</c>: the previous question is asked again.</summary>
public sealed class GoBackTests
{
    [Fact]
    public async Task Back_within_a_waterfall_asks_the_previous_question_and_takes_a_new_answer()
    {
        var host = new EngineTestHost(ProfileSteps.Id);

        await host.Flow()
            .Send("hi").AssertReply("What is your name?")
            .Send("Anna").AssertReply("Which city do you live in?")
            .Send("back").AssertReply("What is your name?")
            .AssertNoReply()
            .Send("Bea").AssertReply("Which city do you live in?")
            .Send("Soest").AssertReply("Done: Bea in Soest")
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_at_the_first_question_returns_null_and_the_question_stays()
    {
        var host = new EngineTestHost(ProfileSteps.Id);

        await host.Flow()
            .Send("hi").AssertReply("What is your name?")
            .Send("back").AssertReply("This is the first question.").AssertReply("What is your name?")
            .Send("Anna").AssertReply("Which city do you live in?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_from_the_first_question_of_a_nested_waterfall_returns_to_the_parents_question()
    {
        var host = new EngineTestHost(MainSteps.Id);

        await host.Flow()
            .Send("hi").AssertReply("How are you?")
            .Send("fine").AssertReply("What is your name?")
            .Send("back").AssertReply("How are you?")
            .AssertNoReply()
            .StartTestAsync();

        Assert.Equal(["main", "text"], (await host.ReadStateAsync()).Dialogs.Stack.Select(i => i.Id));
        await host.Flow()
            .Send("great").AssertReply("What is your name?")
            .StartTestAsync();
        Assert.Equal("great", (await host.ReadStateAsync()).Greeting);
    }

    [Fact]
    public async Task Back_inside_a_nested_waterfall_stays_inside_it()
    {
        var host = new EngineTestHost(MainSteps.Id);

        await host.Flow()
            .Send("hi").AssertReply("How are you?")
            .Send("fine").AssertReply("What is your name?")
            .Send("Anna").AssertReply("Which city do you live in?")
            .Send("back").AssertReply("What is your name?")
            .StartTestAsync();

        Assert.Equal(["main", "profile", "name"], (await host.ReadStateAsync()).Dialogs.Stack.Select(i => i.Id));
    }

    [Fact]
    public async Task Back_from_after_a_nested_waterfall_begins_it_again()
    {
        var host = new EngineTestHost(MainSteps.Id);

        await host.Flow()
            .Send("hi").AssertReply("How are you?")
            .Send("fine").AssertReply("What is your name?")
            .Send("Anna").AssertReply("Which city do you live in?")
            .Send("Soest").AssertReply("Any comment?")
            .Send("back").AssertReply("What is your name?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_within_a_component_goes_to_its_previous_inner_question()
    {
        var host = new EngineTestHost(FamilySteps.Id);

        await host.Flow()
            .Send("hi").AssertReply("What is the parent's name?")
            .Send("Olena").AssertReply("What is your child's name?")
            .Send("Mia").AssertReply("How old is your child?")
            .Send("back").AssertReply("What is your child's name?")
            .AssertNoReply()
            .Send("Mila").AssertReply("How old is your child?")
            .Send("3").AssertReply("Noted Mila (3). Any note?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_from_a_components_first_question_leaves_the_component_for_the_parents_question()
    {
        var host = new EngineTestHost(FamilySteps.Id);

        await host.Flow()
            .Send("hi").AssertReply("What is the parent's name?")
            .Send("Olena").AssertReply("What is your child's name?")
            .Send("back").AssertReply("What is the parent's name?")
            .AssertNoReply()
            .StartTestAsync();

        Assert.Equal(["family", "text"], (await host.ReadStateAsync()).Dialogs.Stack.Select(i => i.Id));
    }

    [Fact]
    public async Task Back_after_a_loop_iteration_has_no_earlier_question_in_the_new_instance()
    {
        var host = new EngineTestHost(LoopSteps.Id);

        await host.Flow()
            .Send("start").AssertReply("Item 1? Say done to finish.")
            .Send("apple").AssertReply("Item 2? Say done to finish.")
            .Send("back").AssertReply("This is the first question.").AssertReply("Item 2? Say done to finish.")
            .StartTestAsync();
    }
}
