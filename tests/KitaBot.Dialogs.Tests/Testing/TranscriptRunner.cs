using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Protocol;
using Xunit.Sdk;

namespace KitaBot.Dialogs.Tests.Testing;

/// <summary>
/// Replays a <c>.transcript</c> golden file (the Bot Framework's format: a JSON array of the conversation's
/// activities in order, nulls omitted) through a bot and asserts that the bot's replies match the recorded
/// ones (see <see cref="TranscriptReplyView"/>). Activities whose <c>from.role</c> is <c>bot</c> are expected
/// replies; all others are sent. With <c>KITABOT_RECORD_TRANSCRIPTS=1</c> the file in the source tree is
/// written from the actual run instead; without it a missing transcript fails the test.
/// </summary>
public sealed class TranscriptRunner(IActivityProcessor processor)
{
    public const string RecordVariable = "KITABOT_RECORD_TRANSCRIPTS";

    private static readonly JsonSerializerOptions FileJson = new(ProtocolJson.Default.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static bool IsRecording => Environment.GetEnvironmentVariable(RecordVariable) == "1";

    /// <summary>
    /// Runs the transcript <paramref name="name"/> (a path under <c>Transcripts/</c> without extension). In record
    /// mode the user side comes from the source file if it exists, else from <paramref name="userTurns"/>.
    /// </summary>
    public async Task RunAsync(string name, IReadOnlyList<Activity>? userTurns = null, CancellationToken cancellationToken = default)
    {
        if (IsRecording)
        {
            await RecordAsync(name, userTurns, cancellationToken);
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, "Transcripts", name + ".transcript");
        if (!File.Exists(path))
        {
            throw new XunitException(
                $"The transcript '{name}' does not exist at {path}. Record it with {RecordVariable}=1 and review the file.");
        }

        await ReplayAsync(name, Read(path), cancellationToken);
    }

    public static IReadOnlyList<Activity> Read(string path) =>
        JsonSerializer.Deserialize(File.ReadAllBytes(path), ProtocolJson.Default.IListActivity)?.ToArray()
        ?? throw new XunitException($"The transcript {path} is empty.");

    /// <summary>Replays transcript activities that are already loaded.</summary>
    public async Task ReplayAsync(string name, IReadOnlyList<Activity> transcript, CancellationToken cancellationToken = default)
    {
        var pending = new Queue<Activity>();
        for (var index = 0; index < transcript.Count; index++)
        {
            var activity = transcript[index];
            if (IsBot(activity))
            {
                if (!pending.TryDequeue(out var actual))
                {
                    throw new XunitException($"{name} #{index}: expected a reply, but the bot sent nothing more.\nExpected: {Show(activity, activity)}");
                }

                var expectedView = TranscriptReplyView.Of(activity, activity);
                var actualView = TranscriptReplyView.Of(actual, activity);
                if (!JsonNode.DeepEquals(expectedView, actualView))
                {
                    throw new XunitException($"{name} #{index}: the reply differs.\nExpected: {expectedView.ToJsonString(FileJson)}\nActual:   {actualView.ToJsonString(FileJson)}");
                }

                continue;
            }

            FailOnUnexpected(name, index, pending);
            var outcome = await processor.ProcessAsync(activity, cancellationToken);
            foreach (var reply in outcome.Replies)
            {
                pending.Enqueue(reply);
            }
        }

        FailOnUnexpected(name, transcript.Count, pending);
    }

    private async Task RecordAsync(string name, IReadOnlyList<Activity>? userTurns, CancellationToken cancellationToken)
    {
        var path = Path.Combine(SourceTranscriptsFolder(), name + ".transcript");
        var inputs = File.Exists(path)
            ? Read(path).Where(a => !IsBot(a)).ToArray()
            : userTurns ?? throw new XunitException($"Recording '{name}' needs user turns: the transcript does not exist yet.");

        var recorded = new List<Activity>();
        foreach (var activity in inputs)
        {
            recorded.Add(activity);
            recorded.AddRange((await processor.ProcessAsync(activity, cancellationToken)).Replies);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize<IList<Activity>>(recorded, FileJson) + "\n", cancellationToken);
    }

    private static void FailOnUnexpected(string name, int index, Queue<Activity> pending)
    {
        if (pending.TryPeek(out var extra))
        {
            throw new XunitException($"{name} #{index}: the bot sent a reply the transcript does not expect: {Show(extra, extra)}");
        }
    }

    private static bool IsBot(Activity activity) => activity.From?.Role == RoleTypes.Bot;

    private static string Show(Activity activity, Activity expected) => TranscriptReplyView.Of(activity, expected).ToJsonString(FileJson);

    /// <summary>The Transcripts folder of this test project in the source tree, found from the solution file.</summary>
    private static string SourceTranscriptsFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KitaBot.sln")))
            {
                return Path.Combine(folder.FullName, "tests", "KitaBot.Dialogs.Tests", "Transcripts");
            }
        }

        throw new XunitException("KitaBot.sln was not found above the test assembly; cannot record transcripts.");
    }
}
