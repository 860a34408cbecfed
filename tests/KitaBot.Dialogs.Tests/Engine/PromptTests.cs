using System.Text.Json;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Protocol;
using KitaBot.Dialogs.Tests.Engine.Bot;
using Xunit;

namespace KitaBot.Dialogs.Tests.Engine;

public sealed class PromptTests
{
    private const string NameRetry = "Please type your name.";

    [Fact]
    public async Task A_rejected_answer_gets_the_validators_reason_then_the_retry_prompt()
    {
        var host = new EngineTestHost(ProfileSteps.Id);

        await host.Flow()
            .Send("hi").AssertReply("What is your name?")
            .Send("A").AssertReply(reply =>
            {
                Assert.Equal("A name needs at least two letters.\n\n" + NameRetry, reply.Text);
                Assert.Equal(InputHints.ExpectingInput, reply.InputHint);
            })
            .AssertNoReply()
            .Send("Anna").AssertReply("Which city do you live in?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Too_many_failed_answers_say_what_was_wrong_offer_help_once_and_the_count_starts_again()
    {
        var host = new EngineTestHost(ProfileSteps.Id);
        var notUnderstood = TestTexts.En(TextId.PromptNotUnderstood);
        var tooMany = TestTexts.En(TextId.PromptTooManyAttempts);

        await host.Flow()
            .Send("hi").AssertReply("What is your name?")
            .Send("A").AssertReply("A name needs at least two letters.\n\n" + NameRetry)
            .Send(" ").AssertReply(notUnderstood + "\n\n" + NameRetry)
            .Send("B").AssertReply("A name needs at least two letters.").AssertReply(tooMany + "\n\n" + NameRetry)
            .AssertNoReply()
            .Send("C").AssertReply("A name needs at least two letters.\n\n" + NameRetry)
            .Send("D").AssertReply("A name needs at least two letters.\n\n" + NameRetry)
            .Send("E").AssertReply("A name needs at least two letters.").AssertReply(tooMany + "\n\n" + NameRetry)
            .Send("Eva").AssertReply("Which city do you live in?")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_card_submit_with_null_text_reaches_the_prompt()
    {
        var host = new EngineTestHost(ProfileSteps.Id);

        await host.Flow()
            .Send("hi").AssertReply("What is your name?")
            .SendSubmit("Anna").AssertReply("Which city do you live in?")
            .SendSubmit(JsonDocument.Parse("""{"answer":"Soest","msteams":{"type":"messageBack"}}""").RootElement)
            .AssertReply("Done: Anna in Soest")
            .StartTestAsync();

        Assert.Empty(host.Bot.Errors);
    }

    [Fact]
    public async Task A_submit_without_an_answer_is_not_understood_and_does_not_crash()
    {
        var host = new EngineTestHost(ProfileSteps.Id);

        await host.Flow()
            .Send("hi").AssertReply("What is your name?")
            .SendSubmit(JsonDocument.Parse("""{"answer":42,"other":[null,{"x":true}]}""").RootElement)
            .AssertReply(TestTexts.En(TextId.PromptNotUnderstood) + "\n\n" + NameRetry)
            .Send((string?)null).AssertReply(TestTexts.En(TextId.PromptNotUnderstood) + "\n\n" + NameRetry)
            .StartTestAsync();

        Assert.Empty(host.Bot.Errors);
    }

    [Theory]
    [InlineData(ActivityTypes.Event)]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.ConversationUpdate)]
    [InlineData(ActivityTypes.MessageReaction)]
    [InlineData(ActivityTypes.Invoke)]
    [InlineData("somethingNew")]
    public async Task Prompts_ignore_activities_that_are_not_messages(string type)
    {
        var host = new EngineTestHost(ProfileSteps.Id);
        await host.Flow().Send("hi").AssertReply("What is your name?").StartTestAsync();
        var before = await host.ReadStateJsonAsync();

        await host.Flow().Send(host.Conversation.OfType(type)).AssertNoReply().StartTestAsync();

        Assert.Equal(before, await host.ReadStateJsonAsync());
        await host.Flow().Send("Anna").AssertReply("Which city do you live in?").StartTestAsync();
    }

    [Fact]
    public async Task A_typing_indicator_earlier_in_the_turn_does_not_swallow_the_retry_prompt()
    {
        var host = new EngineTestHost(ProfileSteps.Id, middleware: [new TypingMiddleware()]);

        await host.Flow()
            .Send("hi").AssertReply(r => Assert.Equal(ActivityTypes.Typing, r.Type)).AssertReply("What is your name?")
            .Send("A").AssertReply(r => Assert.Equal(ActivityTypes.Typing, r.Type))
            .AssertReply("A name needs at least two letters.\n\n" + NameRetry)
            .StartTestAsync();
    }
}
