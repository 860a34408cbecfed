using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KitaBot.Tests.BotService;

/// <summary>A logger provider that keeps every formatted log line, so tests can check what is (and is not) logged.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly SemaphoreSlim _added = new(0);

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new LineLogger(categoryName, this);

    /// <summary>Waits until a line matching <paramref name="predicate"/> was logged (lines written after the HTTP answer).</summary>
    public async Task<string> WaitForAsync(Func<string, bool> predicate)
    {
        while (true)
        {
            var match = _lines.FirstOrDefault(predicate);
            if (match is not null)
            {
                return match;
            }

            if (!await _added.WaitAsync(TimeSpan.FromSeconds(30)))
            {
                throw new TimeoutException("The expected log line was not written.");
            }
        }
    }

    // The semaphore is left to the GC: hosts may still log while their logger factory is being disposed.
    public void Dispose()
    {
    }

    private void Add(string line)
    {
        _lines.Enqueue(line);
        _added.Release();
    }

    private sealed class LineLogger(string category, CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logs.Add($"{logLevel} {category}: {formatter(state, exception)}");
            }
        }
    }
}
