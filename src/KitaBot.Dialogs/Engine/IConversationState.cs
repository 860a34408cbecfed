using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Engine;

/// <summary>What the pipeline needs to know of a bot's typed conversation state.</summary>
public interface IConversationState
{
    /// <summary>The language the family chose or was detected, or null before the first turn decided it.</summary>
    Language? Language { get; }
}
