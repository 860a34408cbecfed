using System.Text.Json;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.TestHost;

/// <summary>
/// Test double for the bot, so the Direct Line server can be tested on its own: it greets on conversationUpdate in
/// the activity's locale, echoes messages, declines files, and on a few fixed words sends what the real bot will
/// send (an e-mail prompt with its slot, a language switch event, a typing indicator).
/// </summary>
public sealed class GreetingEchoBot : IActivityProcessor
{
    public const string AskEmail = "ask email";
    public const string SwitchToPersian = "switch to persian";
    public const string TypeThenAnswer = "type then answer";

    private int _conversationUpdates;

    /// <summary>How many conversationUpdate turns the bot has received (a restarted conversation must not add one).</summary>
    public int ConversationUpdates => Volatile.Read(ref _conversationUpdates);

    /// <summary>Locales of the conversationUpdate activities received, in order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string?> StartLocales { get; } = new();

    public static string Greeting(string? locale) => locale?.StartsWith("de", StringComparison.OrdinalIgnoreCase) == true
        ? "Willkommen bei KitaBot!"
        : locale?.StartsWith("fr", StringComparison.OrdinalIgnoreCase) == true
            ? "Bienvenue chez KitaBot !"
            : locale?.StartsWith("ar", StringComparison.OrdinalIgnoreCase) == true
                ? "مرحبًا بكم في KitaBot!"
                : "Welcome to KitaBot!";

    public static string Echo(string? text) => "You said: " + text;

    public Task<TurnOutcome> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        var replies = new List<Activity>();
        switch (activity.Type)
        {
            case ActivityTypes.ConversationUpdate:
                Interlocked.Increment(ref _conversationUpdates);
                StartLocales.Enqueue(activity.Locale);
                replies.Add(Message(activity, Greeting(activity.Locale)));
                break;
            case ActivityTypes.Message when activity.Attachments is { Count: > 0 }:
                replies.Add(Message(activity, "Sorry, I cannot accept files."));
                break;
            case ActivityTypes.Message when activity.Text == AskEmail:
                var prompt = Message(activity, "What is your e-mail address?");
                prompt.ChannelData = JsonSerializer.SerializeToElement(
                    new PromptChannelData(new PromptSlot("family.email", "email")), TestHostJson.Default.PromptChannelData);
                replies.Add(prompt);
                break;
            case ActivityTypes.Message when activity.Text == SwitchToPersian:
                var switchEvent = activity.CreateReply(ActivityTypes.Event);
                switchEvent.Name = "kitabot.language";
                switchEvent.Value = JsonSerializer.SerializeToElement(new LanguageSwitch("fa-IR"), TestHostJson.Default.LanguageSwitch);
                replies.Add(switchEvent);
                replies.Add(Message(activity, "فارسی"));
                break;
            case ActivityTypes.Message when activity.Text == TypeThenAnswer:
                replies.Add(activity.CreateReply(ActivityTypes.Typing));
                replies.Add(Message(activity, "Done typing."));
                break;
            case ActivityTypes.Message:
                replies.Add(Message(activity, Echo(activity.Text)));
                break;
        }

        return Task.FromResult(new TurnOutcome(replies, null));
    }

    private static Activity Message(Activity inbound, string text)
    {
        // Plain, not markdown: the echo repeats what the user typed, which must be shown exactly as typed.
        var reply = inbound.CreateReply();
        reply.Text = text;
        reply.TextFormat = "plain";
        return reply;
    }
}
