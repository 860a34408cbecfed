using System.Text.Json;
using KitaBot.Dialogs.Protocol;
using KitaBot.Dialogs.Tests.Testing;
using Xunit;

namespace KitaBot.Dialogs.Tests.Presentation;

/// <summary>
/// One user talking to the <see cref="RealBot"/> on one channel. Every activity passes through
/// <paramref name="shape"/>, which dresses it as the channel sends it (Teams: conversation type, tenant, mention).
/// Every reply of the conversation is kept in <see cref="Transcript"/> for checks that apply to all of them.
/// </summary>
public sealed class BotSession(RealBot bot, TestConversation user, Func<Activity, Activity> shape)
{
    private readonly List<Activity> _transcript = [];

    public IReadOnlyList<Activity> Transcript => _transcript;

    public TestConversation User => user;

    public Task<IReadOnlyList<Activity>> StartAsync() => SendAsync(user.ConversationUpdate());

    public Task<IReadOnlyList<Activity>> SayAsync(string text) => SendAsync(user.Message(text));

    /// <summary>A card submit: <c>value: {"answer": …}</c> and no text.</summary>
    public Task<IReadOnlyList<Activity>> SubmitAsync(string answer) => SendAsync(user.SubmitAnswer(answer));

    /// <summary>A card submit with the card's inputs, e.g. a date picker's <c>{"answer": "2024-05-10"}</c>.</summary>
    public Task<IReadOnlyList<Activity>> SubmitAsync(JsonElement value) => SendAsync(user.Submit(value));

    /// <summary>Keypad presses, one message per key with a DTMF entity as the phone channel sends them; all replies.</summary>
    public async Task<IReadOnlyList<Activity>> PressAsync(string keys)
    {
        var replies = new List<Activity>();
        foreach (var key in keys)
        {
            var press = user.Message(key.ToString());
            press.Entities = [new Entity { Type = "DTMF" }];
            replies.AddRange(await SendAsync(press));
        }

        return replies;
    }

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        var replies = (await TurnAsync(activity)).Replies;
        return replies;
    }

    public async Task<KitaBot.Dialogs.Engine.TurnOutcome> TurnAsync(Activity activity)
    {
        var outcome = await bot.TurnAsync(shape(activity));
        _transcript.AddRange(outcome.Replies);
        return outcome;
    }

    /// <summary>Asserts the turn ended asking <paramref name="slot"/> and returns that question.</summary>
    public static Activity Asks(IReadOnlyList<Activity> replies, string slot)
    {
        Assert.True(ReplyInspection.AskedSlot(replies) == slot,
            $"Expected the question '{slot}', got '{ReplyInspection.AskedSlot(replies)}':\n{ReplyInspection.Describe(replies)}");
        return replies.Last(r => ReplyInspection.Slot(r) == slot);
    }
}
