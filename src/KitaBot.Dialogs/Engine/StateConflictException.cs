namespace KitaBot.Dialogs.Engine;

/// <summary>Every attempt of a turn met a concurrent write of the same conversation.</summary>
public sealed class StateConflictException(string key)
    : Exception($"The conversation state '{key}' kept changing during the turn.")
{
}
