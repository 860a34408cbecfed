using System.Globalization;
using System.Text.Json;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Protocol;
using KitaBot.Storage.Abstractions;
using Microsoft.Extensions.Options;

namespace KitaBot.Channels.DirectLine;

/// <summary>
/// The conversation side of the Direct Line server: starts conversations (the bot gets conversationUpdate), stores
/// the user's activity as the echo, runs the bot's turn and stores its replies, and delivers proactive messages.
/// Turns of one conversation run one after another, so the transcript reads echo, replies, echo, replies.
/// </summary>
internal sealed class DirectLineConversations : IDisposable
{
    /// <summary>Marks activities and conversation references of this server (Azure's Direct Line has a real URL).</summary>
    public const string ServiceUrl = "urn:kitabot:directline";

    private const int AppendAttempts = 5;

    private readonly IConversationLog _log;
    private readonly IActivityProcessor _processor;
    private readonly DirectLineStreamHub _hub;
    private readonly TimeProvider _time;
    private readonly DirectLineOptions _options;
    private readonly ILogger<DirectLineConversations> _logger;
    private readonly StripedGate _turns = new();
    private readonly StripedGate _appends = new();

    public DirectLineConversations(
        IConversationLog log,
        IActivityProcessor processor,
        DirectLineStreamHub hub,
        TimeProvider time,
        IOptions<DirectLineOptions> options,
        ILogger<DirectLineConversations> logger)
    {
        _log = log;
        _processor = processor;
        _hub = hub;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    public static string ActivityId(string conversationId, long sequence) =>
        conversationId + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);

    public Task<LoggedConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        _log.FindAsync(conversationId, cancellationToken);

    public Task<IReadOnlyList<LoggedActivity>> ReadAsync(string conversationId, long fromSequence, CancellationToken cancellationToken) =>
        _log.ReadAsync(conversationId, fromSequence, _options.MaxActivitiesPerRead, cancellationToken);

    /// <summary>
    /// Creates the conversation and lets the bot greet (conversationUpdate with the bot and the user added, in the
    /// page's locale). Returns false, and contacts nobody, when the conversation already exists.
    /// </summary>
    public async Task<bool> StartAsync(string conversationId, string userId, string? locale, CancellationToken cancellationToken)
    {
        using var turn = await _turns.EnterAsync(conversationId, cancellationToken);
        var created = await _log.CreateAsync(new LoggedConversation(conversationId, userId, _time.GetUtcNow(), 0), cancellationToken);
        if (!created)
        {
            return false;
        }

        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = conversationId + "|start",
            Timestamp = _time.GetUtcNow(),
            ChannelId = ChannelIds.DirectLine,
            ServiceUrl = ServiceUrl,
            Conversation = new ConversationAccount { Id = conversationId },
            From = User(userId, null),
            Recipient = Bot(),
            MembersAdded = [Bot(), User(userId, null)],
            Locale = locale,
        };
        await RunTurnAsync(conversationId, userId, update, cancellationToken);
        return true;
    }

    /// <summary>
    /// Stores the user's activity (the echo the client waits for), runs the bot's turn and stores the replies.
    /// Returns the echo's id and whether the bot's turn succeeded. Typing is not stored and not given to the bot.
    /// </summary>
    public async Task<PostedActivity> PostAsync(string conversationId, string userId, Activity activity, CancellationToken cancellationToken)
    {
        activity.From = User(userId, activity.From?.Name);
        activity.Recipient = Bot();
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.ChannelId = ChannelIds.DirectLine;
        activity.ServiceUrl = ServiceUrl;

        if (activity.Type == ActivityTypes.Typing)
        {
            return new PostedActivity(conversationId + "|typing", TurnSucceeded: true);
        }

        using var turn = await _turns.EnterAsync(conversationId, cancellationToken);
        var ids = await AppendAsync(conversationId, [activity], cancellationToken);
        var succeeded = await RunTurnAsync(conversationId, userId, activity, cancellationToken);
        return new PostedActivity(ids[0], succeeded);
    }

    /// <summary>Delivers bot activities outside a turn (proactive). Unknown conversations are skipped and reported as false.</summary>
    public async Task<bool> DeliverProactiveAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var conversation = await _log.FindAsync(conversationId, cancellationToken);
        if (conversation is null)
        {
            return false;
        }

        await DeliverBotActivitiesAsync(conversationId, conversation.UserId, activities, cancellationToken);
        return true;
    }

    public void Dispose()
    {
        _turns.Dispose();
        _appends.Dispose();
    }

    private async Task<bool> RunTurnAsync(string conversationId, string userId, Activity inbound, CancellationToken cancellationToken)
    {
        TurnOutcome outcome;
        try
        {
            outcome = await _processor.ProcessAsync(inbound, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The exception message may quote what the family typed; log only its type and where it happened.
            _logger.LogError("The bot failed a {ActivityType} turn: {ExceptionType} at {StackTrace}",
                inbound.Type, exception.GetType().FullName, exception.StackTrace);
            return false;
        }

        await DeliverBotActivitiesAsync(conversationId, userId, outcome.Replies, cancellationToken);
        return true;
    }

    private async Task DeliverBotActivitiesAsync(string conversationId, string userId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var pending = new List<Activity>();
        foreach (var activity in activities)
        {
            activity.From ??= Bot();
            activity.From.Id ??= _options.BotId;
            activity.From.Role = RoleTypes.Bot;
            activity.Recipient ??= User(userId, null);
            activity.Conversation = new ConversationAccount { Id = conversationId };
            activity.ChannelId = ChannelIds.DirectLine;
            activity.ServiceUrl = ServiceUrl;

            if (activity.Type == ActivityTypes.Typing)
            {
                // Ephemeral as on the real service: not stored, pushed only to open sockets, never with text.
                await AppendAsync(conversationId, pending, cancellationToken);
                pending.Clear();
                activity.Text = null;
                activity.Timestamp = _time.GetUtcNow();
                activity.Id = conversationId + "|typing";
                var json = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Default.Activity);
                _hub.PushEphemeral(conversationId, ActivitySetWriter.Write([new LoggedActivity(-1, json)], watermark: null));
                continue;
            }

            pending.Add(activity);
        }

        await AppendAsync(conversationId, pending, cancellationToken);
    }

    /// <summary>Gives the activities their ids and timestamps and stores them at the end of the transcript.</summary>
    private async Task<IReadOnlyList<string>> AppendAsync(string conversationId, List<Activity> activities, CancellationToken cancellationToken)
    {
        if (activities.Count == 0)
        {
            return [];
        }

        using var append = await _appends.EnterAsync(conversationId, cancellationToken);
        for (var attempt = 0; attempt < AppendAttempts; attempt++)
        {
            var conversation = await _log.FindAsync(conversationId, cancellationToken)
                ?? throw new InvalidOperationException("The Direct Line conversation disappeared during a turn.");
            var first = conversation.NextSequence;
            var now = _time.GetUtcNow();
            var ids = new string[activities.Count];
            var json = new ReadOnlyMemory<byte>[activities.Count];
            for (var i = 0; i < activities.Count; i++)
            {
                ids[i] = ActivityId(conversationId, first + i);
                activities[i].Id = ids[i];
                activities[i].Timestamp = now;
                json[i] = JsonSerializer.SerializeToUtf8Bytes(activities[i], ProtocolJson.Default.Activity);
            }

            // Another instance sharing the database appended first: read the new end and try again.
            if (await _log.AppendAsync(conversationId, first, json, cancellationToken))
            {
                _hub.NotifyStored(conversationId);
                return ids;
            }
        }

        throw new InvalidOperationException("Could not append to the Direct Line transcript after several attempts.");
    }

    private ChannelAccount Bot() => new() { Id = _options.BotId, Name = _options.BotName, Role = RoleTypes.Bot };

    private static ChannelAccount User(string userId, string? name) => new() { Id = userId, Name = name, Role = RoleTypes.User };
}
