namespace KitaBot.Dialogs.Engine;

/// <summary>The bot: handles one turn against its typed conversation state, which the pipeline loads and saves.</summary>
public interface ITurnHandler<in TState>
    where TState : class
{
    Task OnTurnAsync(TurnContext turn, TState state, CancellationToken cancellationToken);

    /// <summary>
    /// Called when the turn threw: apologise in the user's language and reset what is stuck. The state passed is
    /// the one loaded for this turn; what this method leaves in it is saved.
    /// </summary>
    Task OnTurnErrorAsync(TurnContext turn, TState state, Exception exception, CancellationToken cancellationToken);
}
