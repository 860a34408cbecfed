using System.Text.Json;
using KitaBot.Cli;

namespace KitaBot.Tests.Cli;

/// <summary>Runs the recognize verb on in-memory JSON Lines and parses what it wrote.</summary>
internal sealed record RecognizeRun(int ExitCode, IReadOnlyList<JsonElement> Lines, string Error)
{
    public static async Task<RecognizeRun> RunAsync(string[] args, params string[] inputLines)
    {
        using var input = new StringReader(string.Join('\n', inputLines) + "\n");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var time = new FixedTimeProvider(new DateTimeOffset(2016, 11, 6, 23, 30, 0, TimeSpan.Zero));
        var exitCode = await RecognizeCommand.RunAsync(args, input, output, error, time, CancellationToken.None);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
        return new RecognizeRun(exitCode, lines, error.ToString());
    }
}
