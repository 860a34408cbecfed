using KitaBot.Dialogs.Protocol;
using KitaBot.Dialogs.Tests.Engine.Bot;
using KitaBot.Dialogs.Tests.Testing;
using Xunit;

namespace KitaBot.Dialogs.Tests.Engine;

/// <summary>
/// Golden conversations under <c>Transcripts/Engine/</c>. The user turns below are used only to record a
/// transcript that does not exist yet (<c>KITABOT_RECORD_TRANSCRIPTS=1</c>); normal runs replay the files.
/// </summary>
public sealed class TranscriptTests
{
    private static (EngineTestHost Host, TestConversation Conversation) Create(string root, string conversationId)
    {
        var time = new ManualTimeProvider(EngineTestHost.Start);
        var conversation = new TestConversation(time, ChannelIds.WebChat, conversationId);
        return (new EngineTestHost(root, conversation: conversation), conversation);
    }

    [Fact]
    public async Task Profile_with_typed_and_submitted_answers()
    {
        var (host, c) = Create(MainSteps.Id, "transcript-profile");
        await new TranscriptRunner(host.Pipeline).RunAsync("Engine/profile", [
            c.ConversationUpdate(), c.Message("Hallo"), c.Message("fine, thanks"), c.SubmitAnswer("Anna"),
            c.Message("Soest"), c.Message("nothing"), c.Message("again")]);
    }

    [Fact]
    public async Task Prompt_retries_with_reasons_and_the_too_many_attempts_offer()
    {
        var (host, c) = Create(ProfileSteps.Id, "transcript-retries");
        await new TranscriptRunner(host.Pipeline).RunAsync("Engine/retries", [
            c.Message("hi"), c.Message("A"), c.Message(null), c.Message("B"), c.Message("C"), c.Message("Anna"),
            c.Message("   "), c.Message("Soest")]);
    }

    [Fact]
    public async Task Interruptions_back_cancel_and_language_switch()
    {
        var (host, c) = Create(MainSteps.Id, "transcript-interruptions");
        await new TranscriptRunner(host.Pipeline).RunAsync("Engine/interruptions", [
            c.Message("hi"), c.Message("back"), c.Message("good"), c.Message("Anna"), c.Message("back"),
            c.Message("back"), c.Message("better"), c.Message("deutsch"), c.Message(null), c.Message("cancel"),
            c.Message("start again")]);
    }

    [Fact]
    public async Task Back_through_a_component_dialog()
    {
        var (host, c) = Create(FamilySteps.Id, "transcript-component");
        await new TranscriptRunner(host.Pipeline).RunAsync("Engine/component", [
            c.Message("hi"), c.Message("Olena"), c.Message("Mia"), c.Message("back"), c.Message("Mila"),
            c.Message("3"), c.Message("back"), c.Message("Mila"), c.Message("4"), c.Message("none")]);
    }

    [Fact]
    public async Task Non_messages_are_ignored_at_a_prompt()
    {
        var (host, c) = Create(ProfileSteps.Id, "transcript-non-messages");
        await new TranscriptRunner(host.Pipeline).RunAsync("Engine/non-messages", [
            c.Message("hi"), c.OfType(ActivityTypes.Typing), c.OfType(ActivityTypes.Event), c.Message("Anna")]);
    }

    [Fact]
    public async Task A_deploy_that_renames_a_step_restarts_the_section()
    {
        var (before, c) = Create(MainSteps.Id, "transcript-version");
        await new TranscriptRunner(before.Pipeline).RunAsync("Engine/version-before-deploy", [
            c.Message("hi"), c.Message("fine"), c.Message("Anna")]);

        var after = new EngineTestHost(MainSteps.Id, ProfileVariant.RenamedStep, before.Store, c);
        await new TranscriptRunner(after.Pipeline).RunAsync("Engine/version-after-deploy", [
            c.Message("Soest"), c.Message("Anna Schmidt"), c.Message("Soest"), c.Message("none")]);
    }
}
