using System.Text.Json.Serialization.Metadata;
using KitaBot.Dialogs.Engine;
using KitaBot.Storage.Abstractions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KitaBot.Dialogs.Tests.Testing;

/// <summary>Builds the real turn pipeline for a test bot over whichever store the test passes in.</summary>
public static class TestPipeline
{
    public static TurnPipeline<TState> Create<TState>(
        ITurnHandler<TState> bot,
        JsonTypeInfo<TState> stateJson,
        IStateStore store,
        TimeProvider time,
        IEnumerable<ITurnMiddleware>? middleware = null,
        int maxAttempts = 4)
        where TState : class, IConversationState, new() =>
        new(store, stateJson, bot, middleware ?? [], time,
            Options.Create(new TurnPipelineOptions { MaxAttempts = maxAttempts }),
            NullLogger<TurnPipeline<TState>>.Instance);
}
