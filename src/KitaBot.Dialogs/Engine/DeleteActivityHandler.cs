namespace KitaBot.Dialogs.Engine;

/// <summary>A hook around deleting a sent activity; call <paramref name="next"/> to let it through.</summary>
public delegate Task DeleteActivityHandler(string activityId, Func<Task> next, CancellationToken cancellationToken);
