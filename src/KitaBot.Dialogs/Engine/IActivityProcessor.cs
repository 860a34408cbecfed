using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Engine;

/// <summary>
/// What every channel calls: runs one whole turn for an inbound activity. The replies come back only after the
/// conversation state has been saved, so a channel never delivers a reply for a turn that was then lost.
/// </summary>
public interface IActivityProcessor
{
    Task<TurnOutcome> ProcessAsync(Activity activity, CancellationToken cancellationToken);
}
