using System.Text;
using System.Text.Json;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Tests.Testing;
using KitaBot.Storage.Abstractions;

namespace KitaBot.Dialogs.Tests.Engine.Bot;

/// <summary>
/// One deploy of the test bot: a real turn pipeline over the given store (a fresh in-memory test store unless
/// one is passed, so two hosts over one store act as two deploys or two instances), a pinned clock, and one
/// conversation to talk in.
/// </summary>
public sealed class EngineTestHost
{
    public static readonly DateTimeOffset Start = new(2025, 3, 11, 9, 30, 0, TimeSpan.Zero);

    public EngineTestHost(
        string rootDialogId,
        ProfileVariant profile = ProfileVariant.Original,
        IStateStore? store = null,
        TestConversation? conversation = null,
        IEnumerable<ITurnMiddleware>? middleware = null,
        int maxAttempts = 4)
    {
        Store = store ?? new InMemoryStateStore();
        Time = new ManualTimeProvider(Start);
        Bot = new EngineTestBot(EngineTestDialogs.Factory(profile), rootDialogId);
        Pipeline = TestPipeline.Create(Bot, EngineTestJson.Default.EngineTestState, Store, Time, middleware, maxAttempts);
        Conversation = conversation ?? new TestConversation(Time);
    }

    public IStateStore Store { get; }

    public ManualTimeProvider Time { get; }

    public EngineTestBot Bot { get; }

    public TurnPipeline<EngineTestState> Pipeline { get; }

    public TestConversation Conversation { get; }

    public string StateKey => $"{Conversation.ChannelId}/conversations/{Conversation.ConversationId}";

    public TestFlow Flow() => new(Pipeline, Conversation);

    public async Task<string?> ReadStateJsonAsync()
    {
        var entry = await Store.ReadAsync(StateKey, CancellationToken.None);
        return entry is null ? null : Encoding.UTF8.GetString(entry.Value.Span);
    }

    public async Task<EngineTestState> ReadStateAsync()
    {
        var entry = await Store.ReadAsync(StateKey, CancellationToken.None)
            ?? throw new InvalidOperationException("Nothing was saved for the conversation.");
        return JsonSerializer.Deserialize(entry.Value.Span, EngineTestJson.Default.EngineTestState)!;
    }
}
