using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Protocol;
using KitaBot.Dialogs.Tests.Testing;

namespace KitaBot.Dialogs.Tests.Registration.Host;

/// <summary>
/// Talks to the bot turn by turn in one conversation (lines as in <see cref="Turns"/>) and keeps the replies, so
/// a test can walk to a question with ordinary answers and then assert exactly what a tricky answer gets.
/// </summary>
public sealed class ConversationDriver(IActivityProcessor bot, TestConversation conversation)
{
    public TestConversation Conversation => conversation;

    /// <summary>The replies of the last turn.</summary>
    public IReadOnlyList<Activity> Replies { get; private set; } = [];

    /// <summary>The last message of the last turn, which is the question now asked.</summary>
    public Activity Question => Messages is { Count: > 0 } messages ? messages[^1] : throw new Xunit.Sdk.XunitException("The bot said nothing.");

    /// <summary>The messages of the last turn, without events such as the page's language event.</summary>
    public IReadOnlyList<Activity> Messages => Replies.Where(r => r.Type == ActivityTypes.Message).ToList();

    /// <summary>The slot of the question now asked.</summary>
    public string? Slot =>
        Question.ChannelData is { ValueKind: System.Text.Json.JsonValueKind.Object } data && data.TryGetProperty("kitabot", out var kitabot)
            ? kitabot.GetProperty("slot").GetString()
            : null;

    public async Task<IReadOnlyList<Activity>> SayAsync(params string[] lines)
    {
        foreach (var activity in Turns.Of(conversation, lines))
        {
            await SendAsync(activity);
        }

        return Replies;
    }

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        Replies = (await bot.ProcessAsync(activity, CancellationToken.None)).Replies;
        return Replies;
    }

    /// <summary>The texts of the last turn's messages.</summary>
    public IReadOnlyList<string> Texts => Messages.Select(r => r.Text ?? string.Empty).ToList();

    /// <summary>Asserts the question now asked is <paramref name="slot"/>.</summary>
    public void AssertAsking(string slot) => Xunit.Assert.Equal(slot, Slot);
}
