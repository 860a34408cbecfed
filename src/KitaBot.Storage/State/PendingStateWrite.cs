namespace KitaBot.Storage.State;

/// <summary>A state write waiting for the writer's next group commit; completes only after that commit.</summary>
internal sealed class PendingStateWrite(StateWriteKind kind, string key, byte[]? value, string? expectedETag, CancellationToken cancellationToken)
{
    public StateWriteKind Kind { get; } = kind;

    public string Key { get; } = key;

    public byte[]? Value { get; } = value;

    public string? ExpectedETag { get; } = expectedETag;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public TaskCompletionSource<StateWriteResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
