using KitaBot.Storage.Abstractions;

namespace KitaBot.Storage.State;

/// <summary>A state read waiting to be answered together with the other reads queued at the same time.</summary>
internal sealed class PendingStateRead(string key, CancellationToken cancellationToken)
{
    public string Key { get; } = key;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public TaskCompletionSource<StateEntry?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
