using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace KitaBot.Bench;

/// <summary>
/// The bot as a separate process on a loopback port, so its CPU time and memory are measured apart from the load
/// driver's. Runs in Development so /api/messages accepts unauthenticated expectReplies requests.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, Uri baseAddress, string dataDirectory)
    {
        _process = process;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public static async Task<HostProcess> StartAsync(string hostDll)
    {
        if (!File.Exists(hostDll))
        {
            throw new FileNotFoundException("Build the host first: dotnet build src/KitaBot -c Release", hostDll);
        }

        var port = FreePort();
        var dataDirectory = Directory.CreateTempSubdirectory("kitabot-bench-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                hostDll, "--urls", $"http://127.0.0.1:{port}", "--environment", "Development",
                "--KitaBot:DataDirectory", dataDirectory, "--Logging:LogLevel:Default", "Warning",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}/"), dataDirectory);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("healthz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>User plus system CPU time of the host so far, from /proc.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>The host's peak resident set size in bytes (VmHWM).</summary>
    public long PeakResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
