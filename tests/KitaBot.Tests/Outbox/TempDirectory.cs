namespace KitaBot.Tests.Outbox;

/// <summary>A fresh data directory per test, removed afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("kitabot-outbox-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing connection; the system's temp cleanup takes it.
        }
    }
}
