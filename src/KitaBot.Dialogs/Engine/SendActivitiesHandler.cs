using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Engine;

/// <summary>A hook around sending; call <paramref name="next"/> to let the activities through.</summary>
public delegate Task SendActivitiesHandler(IReadOnlyList<Activity> activities, Func<Task> next, CancellationToken cancellationToken);
