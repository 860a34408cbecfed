using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Tests.Engine;

/// <summary>Middleware that notes when it runs and what passes its send hook.</summary>
public sealed class RecordingMiddleware(string name = "recorder", List<string>? log = null) : ITurnMiddleware
{
    private readonly List<string> _log = log ?? [];

    public List<Activity> Sent { get; } = [];

    public async Task OnTurnAsync(TurnContext turn, Func<Task> continueTurn, CancellationToken cancellationToken)
    {
        _log.Add($"{name} before");
        turn.OnSendActivities(async (activities, next, ct) =>
        {
            _log.Add($"{name} send");
            Sent.AddRange(activities);
            await next();
        });
        await continueTurn();
        _log.Add($"{name} after");
    }
}
