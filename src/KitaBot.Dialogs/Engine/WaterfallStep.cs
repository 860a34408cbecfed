namespace KitaBot.Dialogs.Engine;

/// <summary>One step of a waterfall: a named method, whose name is persisted while the step waits.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);
