using System.Collections.Concurrent;
using System.Text.Json;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Tests.BotService;

/// <summary>
/// A stand-in bot (the endpoint is the subject under test): records what it was given and answers a message with
/// one reply (throwing for the text "throw"), a <c>test/known</c> or <c>adaptiveCard/action</c> invoke with an invoke response, anything else with nothing.
/// </summary>
public sealed class RecordingProcessor : IActivityProcessor
{
    private readonly ConcurrentQueue<Activity> _seen = new();

    public IReadOnlyList<Activity> Seen => [.. _seen];

    /// <summary>Types of replies sent before the answer of every message turn (e.g. a trace).</summary>
    public IReadOnlyList<string> LeadingReplyTypes { get; set; } = [];

    /// <summary>When set, message turns wait for this before they answer, like slow work would.</summary>
    public Func<Task>? HoldMessageTurnsUntil { get; set; }

    public async Task<TurnOutcome> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Type == ActivityTypes.Message && HoldMessageTurnsUntil is { } hold)
        {
            await hold();
        }

        return Process(activity);
    }

    private TurnOutcome Process(Activity activity)
    {
        _seen.Enqueue(activity);
        if (activity.Text == "throw")
        {
            throw new InvalidOperationException("The bot failed on purpose.");
        }

        return activity switch
        {
            { Type: ActivityTypes.Message } => new TurnOutcome([.. LeadingReplyTypes.Select(activity.CreateReply), Reply(activity)], null),
            { Type: ActivityTypes.Invoke, Name: "test/known" } => new TurnOutcome([], new InvokeResponse(200, Json("""{"ok":true}"""))),
            { Type: ActivityTypes.Invoke, Name: "adaptiveCard/action" } => new TurnOutcome([], new InvokeResponse(200,
                Json("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Thanks"}"""))),
            _ => new TurnOutcome([], null),
        };
    }

    private static Activity Reply(Activity activity)
    {
        var reply = activity.CreateReply();
        reply.Text = activity.Text is null ? "got a card submit" : $"you said: {activity.Text}";
        return reply;
    }

    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
