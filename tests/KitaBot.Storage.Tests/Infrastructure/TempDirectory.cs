using Microsoft.Data.Sqlite;

namespace KitaBot.Storage.Tests.Infrastructure;

/// <summary>A real directory under /tmp for one test's SQLite files, removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("kitabot-storage-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
