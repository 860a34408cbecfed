using KitaBot.Dialogs.Protocol;
using KitaBot.Dialogs.Tests.Engine.Bot;
using KitaBot.Dialogs.Tests.Testing;
using Xunit;
using Xunit.Sdk;

namespace KitaBot.Dialogs.Tests.Engine;

/// <summary>The transcript runner must catch every way a conversation can drift from its golden file.</summary>
public sealed class TranscriptRunnerTests
{
    private static List<Activity> Golden() =>
        [.. TranscriptRunner.Read(Path.Combine(AppContext.BaseDirectory, "Transcripts", "Engine", "retries.transcript"))];

    private static TranscriptRunner Runner() => new(new EngineTestHost(ProfileSteps.Id).Pipeline);

    private static int FirstBotIndex(List<Activity> transcript) => transcript.FindIndex(a => a.From?.Role == RoleTypes.Bot);

    [Fact]
    public async Task The_golden_file_replays_cleanly()
    {
        await Runner().ReplayAsync("retries", Golden());
    }

    [Fact]
    public async Task A_changed_reply_text_fails()
    {
        var transcript = Golden();
        transcript[FirstBotIndex(transcript)].Text = "Something else?";

        var failure = await Assert.ThrowsAsync<XunitException>(() => Runner().ReplayAsync("retries", transcript));
        Assert.Contains("the reply differs", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_slot_or_input_hint_fails()
    {
        var transcript = Golden();
        transcript[FirstBotIndex(transcript)].InputHint = InputHints.AcceptingInput;

        await Assert.ThrowsAsync<XunitException>(() => Runner().ReplayAsync("retries", transcript));
    }

    [Fact]
    public async Task A_reply_the_file_does_not_expect_fails()
    {
        var transcript = Golden();
        transcript.RemoveAt(FirstBotIndex(transcript));

        var failure = await Assert.ThrowsAsync<XunitException>(() => Runner().ReplayAsync("retries", transcript));
        Assert.Contains("does not expect", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_reply_fails()
    {
        var transcript = Golden();
        transcript.Add(transcript[FirstBotIndex(transcript)]);

        var failure = await Assert.ThrowsAsync<XunitException>(() => Runner().ReplayAsync("retries", transcript));
        Assert.Contains("sent nothing more", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Speak_is_compared_only_when_the_file_has_it()
    {
        var transcript = Golden();
        transcript[FirstBotIndex(transcript)].Speak = null;
        await Runner().ReplayAsync("retries", transcript);

        transcript[FirstBotIndex(transcript)].Speak = "<speak>other</speak>";
        await Assert.ThrowsAsync<XunitException>(() => Runner().ReplayAsync("retries", transcript));
    }

    [Fact]
    public async Task A_missing_transcript_fails_outside_record_mode()
    {
        Assert.False(TranscriptRunner.IsRecording, "This test documents normal runs; it is meaningless while recording.");

        var failure = await Assert.ThrowsAsync<XunitException>(() => Runner().RunAsync("Engine/no-such-conversation"));
        Assert.Contains(TranscriptRunner.RecordVariable, failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "Transcripts", "Engine", "no-such-conversation.transcript")));
    }
}
