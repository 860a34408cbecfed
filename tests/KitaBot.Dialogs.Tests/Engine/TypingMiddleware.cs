using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Tests.Engine;

/// <summary>Sends a typing indicator at the start of every turn, as a bot doing slow work does.</summary>
public sealed class TypingMiddleware : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, Func<Task> continueTurn, CancellationToken cancellationToken)
    {
        await turn.SendActivityAsync(turn.Activity.CreateReply(ActivityTypes.Typing), cancellationToken);
        await continueTurn();
    }
}
