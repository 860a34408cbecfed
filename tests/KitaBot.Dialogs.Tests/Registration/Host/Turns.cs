using KitaBot.Dialogs.Protocol;
using KitaBot.Dialogs.Tests.Testing;

namespace KitaBot.Dialogs.Tests.Registration.Host;

/// <summary>
/// Writes a family's side of a conversation compactly: each line is typed text, except <c>"[value]"</c>, which is a
/// button or card submit of <c>{"answer": "value"}</c> with null text, and <c>"[join]"</c>, the user joining.
/// </summary>
public static class Turns
{
    public static IReadOnlyList<Activity> Of(TestConversation conversation, params string[] lines) =>
        lines.Select(line => line switch
        {
            "[join]" => conversation.ConversationUpdate(),
            ['[', .. var value, ']'] => conversation.SubmitAnswer(value),
            _ => conversation.Message(line),
        }).ToList();
}
