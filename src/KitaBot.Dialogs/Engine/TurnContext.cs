using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Engine;

/// <summary>
/// One turn: the inbound activity, the language of the conversation, and the replies. Replies are buffered and
/// handed to the channel only after the turn's state is saved (see <see cref="TurnPipeline{TState}"/>).
/// Send, update and delete pass through hooks that middleware can register, as in the Bot Framework SDK.
/// </summary>
public sealed class TurnContext
{
    private readonly List<Activity> _replies = [];
    private readonly List<SendActivitiesHandler> _sendHandlers = [];
    private readonly List<UpdateActivityHandler> _updateHandlers = [];
    private readonly List<DeleteActivityHandler> _deleteHandlers = [];

    public TurnContext(Activity activity, Language language, TimeProvider timeProvider, IConversationState? state = null)
    {
        Activity = activity;
        Language = language;
        TimeProvider = timeProvider;
        State = state;
    }

    /// <summary>The conversation state loaded for this turn; the bot knows its concrete type.</summary>
    public IConversationState? State { get; }

    /// <summary>The inbound activity.</summary>
    public Activity Activity { get; }

    /// <summary>The language replies are rendered in. The bot may change it mid-turn (a language switch).</summary>
    public Language Language { get; set; }

    public TimeProvider TimeProvider { get; }

    /// <summary>Today in Europe/Berlin, whatever the server's zone.</summary>
    public DateOnly Today => BerlinClock.Today(TimeProvider);

    /// <summary>True once something the user reads or hears (not a typing indicator or trace) was sent this turn.</summary>
    public bool Responded { get; private set; }

    /// <summary>The buffered replies, in order.</summary>
    public IReadOnlyList<Activity> Replies => _replies;

    /// <summary>The synchronous answer to an invoke activity, if the bot gave one.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    public void OnSendActivities(SendActivitiesHandler handler) => _sendHandlers.Add(handler);

    public void OnUpdateActivity(UpdateActivityHandler handler) => _updateHandlers.Add(handler);

    public void OnDeleteActivity(DeleteActivityHandler handler) => _deleteHandlers.Add(handler);

    public Task SendActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        SendActivitiesAsync([activity], cancellationToken);

    public Task SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        foreach (var activity in activities)
        {
            activity.Type ??= ActivityTypes.Message;
        }

        return RunHandlers(_sendHandlers, 0, activities, () =>
        {
            _replies.AddRange(activities);
            // A typing indicator or trace says nothing to the user, so a prompt must still ask again after one.
            Responded |= activities.Any(a => a.Type is not (ActivityTypes.Trace or ActivityTypes.Typing));
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>Replaces a reply sent earlier in this turn, or queues a <c>messageUpdate</c> for an older one.</summary>
    public Task UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        RunUpdateHandlers(0, activity, () =>
        {
            var index = _replies.FindIndex(a => a.Id is not null && a.Id == activity.Id);
            if (index >= 0)
            {
                _replies[index] = activity;
            }
            else
            {
                activity.Type = ActivityTypes.MessageUpdate;
                _replies.Add(activity);
            }

            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Removes a reply of this turn, or queues a <c>messageDelete</c> tombstone for an older one.</summary>
    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken) =>
        RunDeleteHandlers(0, activityId, () =>
        {
            if (_replies.RemoveAll(a => a.Id == activityId) == 0)
            {
                _replies.Add(new Activity { Type = ActivityTypes.MessageDelete, Id = activityId });
            }

            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Forgets the replies, used when a turn is retried after a concurrent write.</summary>
    internal void DiscardReplies()
    {
        _replies.Clear();
        Responded = false;
        InvokeResponse = null;
    }

    private static Task RunHandlers(
        List<SendActivitiesHandler> handlers, int index, IReadOnlyList<Activity> activities, Func<Task> last, CancellationToken ct) =>
        index == handlers.Count
            ? last()
            : handlers[index](activities, () => RunHandlers(handlers, index + 1, activities, last, ct), ct);

    private Task RunUpdateHandlers(int index, Activity activity, Func<Task> last, CancellationToken ct) =>
        index == _updateHandlers.Count
            ? last()
            : _updateHandlers[index](activity, () => RunUpdateHandlers(index + 1, activity, last, ct), ct);

    private Task RunDeleteHandlers(int index, string activityId, Func<Task> last, CancellationToken ct) =>
        index == _deleteHandlers.Count
            ? last()
            : _deleteHandlers[index](activityId, () => RunDeleteHandlers(index + 1, activityId, last, ct), ct);
}
