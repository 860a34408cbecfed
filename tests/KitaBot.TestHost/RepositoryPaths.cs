namespace KitaBot.TestHost;

/// <summary>Finds the repository from the test binaries, so the host serves src/KitaBot/wwwroot as in production.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string HostContentRoot => Path.Combine(Root, "src", "KitaBot");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KitaBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("KitaBot.sln not found above " + AppContext.BaseDirectory);
    }
}
