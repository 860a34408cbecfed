using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Protocol;
using KitaBot.Storage.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KitaBot.Dialogs.Engine;

/// <summary>
/// Runs turns so that no update is lost: load the state with its eTag, run middleware and bot with replies
/// buffered, save conditionally, and only then return the replies for delivery. When another writer saved the
/// conversation meanwhile, the whole turn runs again on the fresh state (the fix for the SDK's lost-update bug,
/// botbuilder-dotnet #6081). Turns of one conversation are serialised in-process by a keyed lock.
/// </summary>
public sealed class TurnPipeline<TState> : IActivityProcessor
    where TState : class, IConversationState, new()
{
    private readonly IStateStore _store;
    private readonly JsonTypeInfo<TState> _stateJson;
    private readonly ITurnHandler<TState> _bot;
    private readonly ITurnMiddleware[] _middleware;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly int _maxAttempts;
    private readonly KeyedAsyncLock _locks = new();

    public TurnPipeline(
        IStateStore store,
        JsonTypeInfo<TState> stateJson,
        ITurnHandler<TState> bot,
        IEnumerable<ITurnMiddleware> middleware,
        TimeProvider timeProvider,
        IOptions<TurnPipelineOptions> options,
        ILogger<TurnPipeline<TState>> logger)
    {
        _store = store;
        _stateJson = stateJson;
        _bot = bot;
        _middleware = middleware.ToArray();
        _timeProvider = timeProvider;
        _logger = logger;
        _maxAttempts = Math.Max(1, options.Value.MaxAttempts);
    }

    public async Task<TurnOutcome> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = StateKeys.Conversation(activity);
        using var held = await _locks.AcquireAsync(key, cancellationToken).ConfigureAwait(false);

        TurnContext? turn = null;
        for (var attempt = 1; attempt <= _maxAttempts; attempt++)
        {
            var entry = await _store.ReadAsync(key, cancellationToken).ConfigureAwait(false);
            var state = Deserialize(entry, activity);
            turn = new TurnContext(activity, StartLanguage(state, activity), _timeProvider, state);

            await RunTurnAsync(turn, state, cancellationToken).ConfigureAwait(false);

            var bytes = JsonSerializer.SerializeToUtf8Bytes(state, _stateJson);
            if (entry is not null && bytes.AsSpan().SequenceEqual(entry.Value.Span))
            {
                return new TurnOutcome(turn.Replies, turn.InvokeResponse);
            }

            var condition = entry is null ? WriteCondition.IfAbsent : WriteCondition.IfMatch(entry.ETag);
            if (await _store.WriteAsync(key, bytes, condition, cancellationToken).ConfigureAwait(false) is not null)
            {
                return new TurnOutcome(turn.Replies, turn.InvokeResponse);
            }

            _logger.LogInformation("Conversation state changed during a {Type} turn on {Channel}; running it again (attempt {Attempt}).",
                activity.Type, activity.ChannelId, attempt);
        }

        // Every attempt met a concurrent write. Nothing of this turn was saved; say so rather than pretend.
        var unsaved = new TState();
        var failed = new TurnContext(activity, turn!.Language, _timeProvider, unsaved);
        await _bot.OnTurnErrorAsync(failed, unsaved, new StateConflictException(key), cancellationToken).ConfigureAwait(false);
        return new TurnOutcome(failed.Replies, failed.InvokeResponse);
    }

    private async Task RunTurnAsync(TurnContext turn, TState state, CancellationToken cancellationToken)
    {
        try
        {
            await RunMiddlewareAsync(0, turn, state, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogError(exception, "A {Type} turn on {Channel} failed.", turn.Activity.Type, turn.Activity.ChannelId);
            turn.DiscardReplies();
            await _bot.OnTurnErrorAsync(turn, state, exception, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task RunMiddlewareAsync(int index, TurnContext turn, TState state, CancellationToken cancellationToken) =>
        index == _middleware.Length
            ? _bot.OnTurnAsync(turn, state, cancellationToken)
            : _middleware[index].OnTurnAsync(turn, () => RunMiddlewareAsync(index + 1, turn, state, cancellationToken), cancellationToken);

    private TState Deserialize(StateEntry? entry, Activity activity)
    {
        if (entry is null)
        {
            return new TState();
        }

        try
        {
            return JsonSerializer.Deserialize(entry.Value.Span, _stateJson) ?? new TState();
        }
        catch (JsonException exception)
        {
            // A state written by an incompatible version: start afresh rather than crash on every turn.
            _logger.LogWarning("Unreadable conversation state on {Channel} was reset: {Error}", activity.ChannelId, exception.Message);
            return new TState();
        }
    }

    private static Language StartLanguage(TState state, Activity activity) =>
        state.Language ?? LanguageInfo.FromLocale(activity.Locale)?.Language ?? Language.German;
}
