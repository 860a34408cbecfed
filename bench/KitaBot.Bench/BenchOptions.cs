using System.Globalization;

namespace KitaBot.Bench;

/// <summary>Command-line settings of the turn benchmark.</summary>
public sealed record BenchOptions(int Conversations, int Turns, int WarmupTurns, string HostDll)
{
    public static BenchOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }

        var root = RepositoryRoot();
        return new BenchOptions(
            int.Parse(Value("--conversations", "50"), CultureInfo.InvariantCulture),
            int.Parse(Value("--turns", "20000"), CultureInfo.InvariantCulture),
            int.Parse(Value("--warmup", "2000"), CultureInfo.InvariantCulture),
            Value("--host", Path.Combine(root, "src", "KitaBot", "bin", "Release", "net10.0", "KitaBot.dll")));
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KitaBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }
}
