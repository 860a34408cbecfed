namespace KitaBot.Dialogs.Engine;

/// <summary>Settings of the turn pipeline.</summary>
public sealed class TurnPipelineOptions
{
    /// <summary>How often a turn is run again when another instance saved the same conversation meanwhile.</summary>
    public int MaxAttempts { get; set; } = 4;
}
