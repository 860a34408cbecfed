using Microsoft.Extensions.Options;

namespace KitaBot.Channels.DirectLine;

/// <summary>The resolved absolute data folder; a relative setting starts at the working directory (./data for run.sh).</summary>
internal sealed class DirectLineDataFolder
{
    public DirectLineDataFolder(IOptions<DirectLineOptions> options)
    {
        Path = System.IO.Path.GetFullPath(options.Value.DataFolder);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }
}
