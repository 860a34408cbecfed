namespace KitaBot.Dialogs.Engine;

/// <summary>Runs around every turn, in registration order, before the bot. Call <c>continueTurn</c> to go on.</summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(TurnContext turn, Func<Task> continueTurn, CancellationToken cancellationToken);
}
