using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Engine;

/// <summary>A hook around updating a sent activity; call <paramref name="next"/> to let it through.</summary>
public delegate Task UpdateActivityHandler(Activity activity, Func<Task> next, CancellationToken cancellationToken);
