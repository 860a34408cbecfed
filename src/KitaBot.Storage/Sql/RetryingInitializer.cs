namespace KitaBot.Storage.Sql;

/// <summary>
/// Runs an initialisation (schema migration, opening the writer) once, shared by all callers; if it fails, the next
/// caller starts a fresh attempt instead of the store failing until restart (e.g. the database was not up yet).
/// </summary>
internal sealed class RetryingInitializer<T>(Func<Task<T>> initialize)
{
    private readonly Lock _gate = new();
    private Task<T>? _attempt;

    public bool HasSucceeded => _attempt is { IsCompletedSuccessfully: true };

    public Task<T> EnsureAsync()
    {
        lock (_gate)
        {
            if (_attempt is null || _attempt.IsFaulted || _attempt.IsCanceled)
            {
                _attempt = initialize();
            }

            return _attempt;
        }
    }
}
