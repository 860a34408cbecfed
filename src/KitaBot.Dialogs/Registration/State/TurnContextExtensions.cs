using KitaBot.Dialogs.Engine;

namespace KitaBot.Dialogs.Registration.State;

/// <summary>Typed access to KitaBot's state from a turn.</summary>
public static class TurnContextExtensions
{
    public static KitaConversationState Kita(this TurnContext turn) =>
        turn.State as KitaConversationState
        ?? throw new InvalidOperationException("This turn carries no KitaBot conversation state.");
}
